package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import vn.tonegate.app.Database;
import vn.tonegate.scoring.Label;

/**
 * A portal written as a row, for the ledger's own tests: they sit below the policy layer that
 * registers portals, and the migration test writes into a schema older than today's. With the
 * reservation and the plain SQL those tests write and read beside it.
 */
final class PortalRows {

    /** Portal {@code so}, a block policy with the defaults, in every column the schema has had since V2. */
    static final String INSERT_SO = "INSERT INTO portal (id, name, secret, threshold, window_type, window_days, time_zone, mode, "
            + "warn_margin, min_sample, override_roles, justification_min, reservation_minutes, created_at) "
            + "VALUES ('so', 'Sở', 'whsec_x', 0.15, 'ROLLING_DAYS', 30, 'Asia/Ho_Chi_Minh', 'BLOCK', 0, 20, "
            + "'editor-in-chief', 20, 15, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')";

    private PortalRows() {
    }

    /** A 15-minute reservation of portal {@code so}, taken at {@code at}. */
    static Hold hold(String postId, Label label, Instant at) {
        return new Hold(Hold.newId(at), "so", postId, Channel.PORTAL, label, label == Label.NEGATIVE ? -0.6 : 0.4, 3, "hash",
                Optional.empty(), at, at.plusSeconds(900));
    }

    static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
