package vn.tonegate.policy;

import java.util.Locale;

/** What the CMS reports after the fact. */
public enum EventType {
    PUBLISHED, UPDATED, UNPUBLISHED, DELETED;

    public static EventType parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
