package vn.tonegate.ledger;

import java.util.Locale;

/** Where an item is posted; the directive counts every channel of the portal's owner. */
public enum Channel {
    PORTAL, FACEBOOK, ZALO, YOUTUBE, TIKTOK, OTHER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String value) {
        return value == null || value.isBlank() ? PORTAL : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
