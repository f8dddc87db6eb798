package vn.tonegate.policy;

import java.util.Locale;

/** What the gate does when an item would take the share to the threshold. */
public enum Mode {
    /** Records and reports, never stands in the way: for a first month of measuring. */
    OBSERVE,
    /** Warns the editor but lets the item through. */
    WARN,
    /** Blocks, unless someone the policy allows overrides with a written reason. */
    BLOCK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
