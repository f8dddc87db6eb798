package vn.tonegate.text;

import java.util.Locale;

/** How a draft's body is written. Title and sapo are always plain text. */
public enum Format {
    TEXT, HTML;

    /** Parses "text" or "html" (any case); null means the default, {@link #TEXT}. */
    public static Format parse(String value) {
        if (value == null) {
            return TEXT;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "html" -> HTML;
            default -> throw new IllegalArgumentException("format must be text or html: " + value);
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
