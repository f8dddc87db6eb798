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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.tonegate.app.Database;
import vn.tonegate.scoring.Label;
import vn.tonegate.testing.Stores;

/**
 * A check's view of its portal's book is read after the portal's lock is taken, even where the
 * two go to the store together (PostgreSQL: one round trip): a check that waited for the lock
 * counts the reservation of the check that held it. And a check's last writes, sent with the
 * commit on PostgreSQL, land, or go with a rollback.
 */
class CheckViewTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Test
    void onH2() throws Exception {
        try (Database db = Stores.h2()) {
            everyCase(db);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Stores.Schema schema = Stores.postgres(); Database db = schema.open()) {
            everyCase(db);
        }
    }

    private static void everyCase(Database db) throws Exception {
        Ledger ledger = new Ledger(new Transactions(db.dataSource()));
        execute(db, INSERT_SO);
        theViewSeesWhatTheLockHolderCommitted(ledger);
        theLastWritesLandWithTheCommit(ledger, db);
    }

    private static void theViewSeesWhatTheLockHolderCommitted(Ledger ledger) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> ledger.withPortal("so", book -> {
            book.insert(hold("held-first", Label.NEGATIVE, NOW));
            locked.countDown();
            pause(400); // the check below asks for the lock meanwhile and waits for it
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CheckView view = ledger.withPortal("so", new CheckQuery("checked", "delivery-1", NOW, TODAY, TODAY),
                (book, v) -> v);
        holder.get(10, TimeUnit.SECONDS);
        assertThat(view.held()).as("the reservation committed by the check that held the lock")
                .isEqualTo(new Tally(1, 1, 0));
        assertThat(view.delivery()).isEmpty();
        assertThat(view.postHeld()).isFalse();
    }

    private static void theLastWritesLandWithTheCommit(Ledger ledger, Database db) throws SQLException {
        ledger.withPortal("so", new CheckQuery("second", "delivery-2", NOW, TODAY, TODAY), (book, view) -> {
            book.insert(hold("second", Label.POSITIVE, NOW));
            book.audit(AuditRecord.of(NOW, "cms", "check", "so", "second", null, "{}", 3L, "hash"));
            book.remember("delivery-2", new Delivery(200, "{\"decision\":\"allow\"}".getBytes(StandardCharsets.UTF_8)), NOW);
            return null;
        });
        assertThat(count(db, "SELECT COUNT(*) FROM reservation WHERE post_id = 'second'")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM audit WHERE subject = 'second'")).isEqualTo(1);
        assertThat(count(db, "SELECT held_total FROM portal WHERE id = 'so'")).isEqualTo(2);
        CheckView again = ledger.withPortal("so", new CheckQuery("second", "delivery-2", NOW, TODAY, TODAY), (book, v) -> v);
        assertThat(again.delivery().map(d -> new String(d.answerJson(), StandardCharsets.UTF_8)))
                .contains("{\"decision\":\"allow\"}");
        assertThat(again.postHeld()).isTrue();
        // a write that fails at the end (the delivery is answered already) takes the others and the commit with it
        assertThatThrownBy(() -> ledger.withPortal("so", new CheckQuery("third", "delivery-3", NOW, TODAY, TODAY), (book, v) -> {
            book.insert(hold("third", Label.NEGATIVE, NOW));
            book.remember("delivery-2", new Delivery(200, "{}".getBytes(StandardCharsets.UTF_8)), NOW);
            return null;
        })).isInstanceOf(StoreException.class);
        assertThat(count(db, "SELECT COUNT(*) FROM reservation WHERE post_id = 'third'")).isZero();
        assertThat(count(db, "SELECT held_total FROM portal WHERE id = 'so'")).isEqualTo(2);
        // the connection goes back to the pool usable: a later transaction on it reads and writes as usual
        for (int i = 0; i < 8; i++) {
            Optional<Delivery> answered = ledger.withPortal("so", book -> book.delivery("delivery-2"));
            assertThat(answered).isPresent();
        }
    }


    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
