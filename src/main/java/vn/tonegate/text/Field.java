package vn.tonegate.text;

import java.util.Locale;

/** The parts of a draft that are scored; each carries its own weight in the score. */
public enum Field {
    TITLE, SAPO, BODY;

    /** The lower-case name used in JSON ("title", "sapo", "body"). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
