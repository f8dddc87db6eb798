package vn.tonegate.ledger;

import java.util.Locale;

/** Where a ledger entry stands; only published items count toward a share. */
public enum PostState {
    PUBLISHED, UNPUBLISHED, DELETED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean counted() {
        return this == PUBLISHED;
    }
}
