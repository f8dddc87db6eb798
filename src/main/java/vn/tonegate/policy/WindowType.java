package vn.tonegate.policy;

import java.util.Locale;

/** How a portal's share is measured over time. */
public enum WindowType {
    /** The last N days, today included, in the portal's time zone. */
    ROLLING_DAYS,
    /** The calendar month so far. */
    CALENDAR_MONTH,
    /** The calendar quarter so far. */
    CALENDAR_QUARTER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WindowType parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
