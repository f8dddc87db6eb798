package vn.tonegate.text;

import java.util.Locale;

/** The parts of a draft that are scored; each carries its own weight in the score. */
public enum Field {
    TITLE, SAPO, BODY;

    /** Made once: the name is asked for at every match of every answer, and at every field hashed. */
    private final String jsonName = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON ("title", "sapo", "body"). */
    public String jsonName() {
        return jsonName;
    }
}
