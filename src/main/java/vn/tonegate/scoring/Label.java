package vn.tonegate.scoring;

import java.util.Locale;

/** The three families of content that the directive counts (see docs/labeling.md). */
public enum Label {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Label parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown label: " + value);
        }
    }
}
