package vn.tonegate.text;

import java.util.Locale;

/** The parts of a draft that are scored; each carries its own weight in the score. */
public enum Field {
    TITLE, SAPO, BODY;

    /** Lower-cased once: every field of every draft names itself in the canonical text. */
    private final String jsonName = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON ("title", "sapo", "body"). */
    public String jsonName() {
        return jsonName;
    }
}
