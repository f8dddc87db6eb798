package vn.tonegate.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tonegate.ledger.PortalRows.INSERT_SO;
import static vn.tonegate.ledger.PortalRows.count;
import static vn.tonegate.ledger.PortalRows.execute;
import static vn.tonegate.ledger.PortalRows.hold;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.tonegate.app.Database;
import vn.tonegate.scoring.Label;
import vn.tonegate.testing.Stores;

/**
 * A portal transaction's closing writes are held back and sent together (on PostgreSQL as one
 * statement): each must still land, be seen by the same transaction's later reads, and go with
 * a rollback. Run on both stores, so both ways of sending are exercised.
 */
class PendingWritesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void onH2() throws SQLException {
        try (Database db = Stores.h2()) {
            everyCase(db);
        }
    }

    @Test
    void onPostgres() throws SQLException {
        try (Stores.Schema schema = Stores.postgres(); Database db = schema.open()) {
            everyCase(db);
        }
    }

    private static void everyCase(Database db) throws SQLException {
        Ledger ledger = new Ledger(new Transactions(db.dataSource()));
        execute(db, INSERT_SO);

        Hold first = hold("post-1", Label.NEGATIVE, NOW);
        ledger.withPortal("so", book -> {
            book.insert(first);
            book.audit(AuditRecord.of(NOW, "cms", "check", "so", "post-1", null, "{}", 3L, "hash"));
            book.remember("delivery-1", new Delivery(200, "{\"decision\":\"allow\"}".getBytes(StandardCharsets.UTF_8)), NOW);
            return null;
        });
        assertThat(count(db, "SELECT COUNT(*) FROM reservation WHERE id = '" + first.id() + "'")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM audit WHERE subject = 'post-1' AND lexicon_version = 3")).isEqualTo(1);
        assertThat(count(db, "SELECT held_total FROM portal WHERE id = 'so'")).as("the counts went with them").isEqualTo(1);
        assertThat(count(db, "SELECT held_negative FROM portal WHERE id = 'so'")).isEqualTo(1);
        assertThat(ledger.withPortal("so", book -> book.delivery("delivery-1")).map(d -> new String(d.answerJson(), StandardCharsets.UTF_8)))
                .contains("{\"decision\":\"allow\"}");

        Hold second = hold("post-2", Label.POSITIVE, NOW);
        ledger.withPortal("so", book -> {
            book.insert(second);
            assertThat(book.hold(second.id())).as("a read of the same transaction sees the held-back row").isPresent();
            assertThat(book.release("post-2")).isEqualTo(1);
            return null;
        });
        assertThat(count(db, "SELECT COUNT(*) FROM reservation WHERE post_id = 'post-2'")).isZero();
        assertThat(count(db, "SELECT held_total FROM portal WHERE id = 'so'")).isEqualTo(1);

        Hold third = hold("post-3", Label.NEGATIVE, NOW);
        assertThatThrownBy(() -> ledger.withPortal("so", book -> {
            book.insert(third);
            book.audit(AuditRecord.of(NOW, "cms", "check", "so", "post-3", null, "{}", 3L, "hash"));
            throw new IllegalStateException("the check failed after its writes were held back");
        })).hasMessageContaining("held back");
        assertThat(count(db, "SELECT COUNT(*) FROM reservation WHERE post_id = 'post-3'")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM audit WHERE subject = 'post-3'")).isZero();
        assertThat(count(db, "SELECT held_total FROM portal WHERE id = 'so'")).isEqualTo(1);
    }



}
