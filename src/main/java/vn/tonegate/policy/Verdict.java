package vn.tonegate.policy;

import java.util.Locale;

/** The gate's answer to one check. */
public enum Verdict {
    ALLOW, WARN, BLOCK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
