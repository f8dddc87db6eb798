package vn.tonegate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import vn.tonegate.testing.Stores;

/**
 * A store upgraded to V7 with reservations already held: the portal's counts must start as
 * every reservation it holds, live or not, as of an instant before any of them expired, so that
 * the first check after the upgrade takes the expired ones away and keeps the live ones.
 */
class HeldCountsMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void onH2() throws SQLException {
        upgradeWithHoldsIn("jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Test
    void onPostgres() throws SQLException {
        try (Stores.Schema schema = Stores.postgres()) {
            upgradeWithHoldsIn(schema.url());
        }
    }

    private static void upgradeWithHoldsIn(String url) throws SQLException {
        migrate(url, "6");
        try (Connection c = connect(url)) {
            try (Statement s = c.createStatement()) {
                s.execute(PortalRows.INSERT_SO);
            }
            hold(c, "live-negative", "NEGATIVE", null, NOW.plusSeconds(600));
            hold(c, "live-overridden", "NEGATIVE", "chief", NOW.plusSeconds(300));
            hold(c, "expired", "POSITIVE", null, NOW.minusSeconds(60));
        }
        migrate(url, null);

        try (Connection c = connect(url)) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT held_total, held_negative, held_overridden FROM portal WHERE id = 'so'")) {
                r.next();
                assertThat(new Tally(r.getLong(1), r.getLong(2), r.getLong(3))).isEqualTo(new Tally(3, 2, 1));
            }
            c.setAutoCommit(false);
            PortalBook book;
            try (PreparedStatement s = c.prepareStatement(PortalBook.LOCK_SQL)) {
                s.setString(1, "so");
                try (ResultSet r = s.executeQuery()) {
                    book = PortalBook.locked(c, "so", r, PendingWrites.takesWritesTogether(c));
                }
            }
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            CheckView view = book.view("another post", null, NOW, today, today);
            assertThat(view.held()).as("the expired one taken away, the live ones kept").isEqualTo(new Tally(2, 2, 1));
            c.rollback();
        }
    }

    private static void hold(Connection c, String postId, String label, String overriddenBy, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reservation (id, portal_id, post_id, channel, label, score, "
                + "lexicon_version, text_hash, overridden_by, created_at, expires_at) "
                + "VALUES (?, 'so', ?, 'PORTAL', ?, 0, 1, 'h', ?, ?, ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, postId);
            s.setString(3, label);
            s.setString(4, overriddenBy);
            Sql.instant(s, 5, expiresAt.minusSeconds(900));
            Sql.instant(s, 6, expiresAt);
            s.executeUpdate();
        }
    }

    /** H2 in memory takes its user as an argument; the PostgreSQL URL carries its own. */
    private static String user(String url) {
        return url.startsWith("jdbc:h2:") ? "sa" : null;
    }

    private static Connection connect(String url) throws SQLException {
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "") : DriverManager.getConnection(url);
    }

    private static void migrate(String url, String target) {
        FluentConfiguration config = Flyway.configure().dataSource(url, user(url), "").locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }
}
