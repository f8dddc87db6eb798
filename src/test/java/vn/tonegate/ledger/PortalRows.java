package vn.tonegate.ledger;

/**
 * A portal written as a row, for the ledger's own tests: they sit below the policy layer that
 * registers portals, and the migration test writes into a schema older than today's.
 */
final class PortalRows {

    /** Portal {@code so}, a block policy with the defaults, in every column the schema has had since V2. */
    static final String INSERT_SO = "INSERT INTO portal (id, name, secret, threshold, window_type, window_days, time_zone, mode, "
            + "warn_margin, min_sample, override_roles, justification_min, reservation_minutes, created_at) "
            + "VALUES ('so', 'Sở', 'whsec_x', 0.15, 'ROLLING_DAYS', 30, 'Asia/Ho_Chi_Minh', 'BLOCK', 0, 20, "
            + "'editor-in-chief', 20, 15, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')";

    private PortalRows() {
    }
}
