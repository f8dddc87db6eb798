package vn.tonegate.account;

import java.util.Locale;

/** What a console account may do. */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** Lexicon, portals and their policies. */
    WEBMASTER,
    /** Reads every portal's shares and reports. */
    SUPERVISOR;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
