package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.tonegate.scoring.Label;

/**
 * Every portal's book of published items. Reads that need no consistency with a decision
 * (stats, listings) run directly; anything that decides or changes the counts runs in
 * {@link #withPortal}, which holds the portal's row lock for the whole transaction. That lock
 * is what makes "never reach the threshold by any interleaving" hold, across threads and,
 * because it is the database's lock, across processes sharing one PostgreSQL.
 */
public final class Ledger {

    private static final KeptStatement LOCK = new KeptStatement(PortalBook.LOCK_SQL);
    /**
     * The lock and a check's view sent together, for a store in another process (PostgreSQL):
     * one round trip instead of two. They stay two statements: the server runs the second only
     * when the first has the lock, and in read committed the second takes its snapshot then, so
     * it sees every check that held the lock before (one statement that locked and read would
     * count the ledger as it was before it waited).
     */
    private static final KeptStatement LOCK_AND_VIEW = new KeptStatement(PortalBook.LOCK_SQL + "; " + PortalBook.VIEW_SQL_AS_OF_ROW);

    private final Transactions tx;
    /** Whether the store takes a transaction's closing writes as one statement; learnt from the first connection. */
    private volatile Boolean writesTogether;

    public Ledger(Transactions tx) {
        this.tx = tx;
    }

    /**
     * An instant as the stores keep it, to the microsecond: a time answered after this cut is
     * the one a later read of the store gives back.
     */
    public static Instant stored(Instant value) {
        return Sql.stored(value);
    }

    /** Thrown by {@link #withPortal} when no such portal exists. */
    public static final class UnknownPortal extends RuntimeException {
        public UnknownPortal(String portalId) {
            super("no portal " + portalId);
        }
    }

    /**
     * Runs work with the portal locked: concurrent calls for the same portal run one after the
     * other; other portals are not held up. Commits when the work returns, rolls back if it throws.
     */
    public <T> T withPortal(String portalId, Function<PortalBook, T> work) {
        return tx.run("update the ledger of " + portalId, c -> {
            PortalBook book = lock(c, portalId, writesTogether(c));
            T result = work.apply(book);
            book.close();
            return result;
        });
    }

    /**
     * Runs a check's work with the portal locked and the check's {@link PortalBook#view view} of
     * it read after the lock was taken, as {@link #withPortal(String, Function)} does; where the
     * store is in another process, the lock and the view go in one round trip.
     */
    public <T> T withPortal(String portalId, CheckQuery query, BiFunction<PortalBook, CheckView, T> work) {
        return tx.run("update the ledger of " + portalId, c -> {
            PortalBook book;
            CheckView view;
            if (writesTogether(c)) {
                PreparedStatement s = LOCK_AND_VIEW.on(c);
                s.setString(1, portalId);
                PortalBook.bindView(s, 2, portalId, query.postId(), query.deliveryId(), query.now(), query.firstDay(),
                        query.lastDay(), null);
                s.execute();
                try (ResultSet r = s.getResultSet()) {
                    book = PortalBook.locked(c, portalId, r, true);
                }
                if (!s.getMoreResults()) {
                    throw new IllegalStateException("the view of " + portalId + " returned no rows");
                }
                try (ResultSet r = s.getResultSet()) {
                    view = book.readView(r, query.now());
                }
            } else {
                book = lock(c, portalId, false);
                view = book.view(query.postId(), query.deliveryId(), query.now(), query.firstDay(), query.lastDay());
            }
            T result = work.apply(book, view);
            book.close();
            return result;
        });
    }

    /** Takes the portal's row lock; returns its book. */
    private static PortalBook lock(Connection c, String portalId, boolean writesTogether) throws SQLException {
        PreparedStatement s = LOCK.on(c);
        s.setString(1, portalId);
        try (ResultSet r = s.executeQuery()) {
            return PortalBook.locked(c, portalId, r, writesTogether);
        }
    }

    private boolean writesTogether(Connection c) throws SQLException {
        Boolean together = writesTogether;
        if (together == null) {
            together = PendingWrites.takesWritesTogether(c);
            writesTogether = together;
        }
        return together;
    }

    /**
     * Housekeeping, off the publish path: forgets reservations that expired before
     * {@code expiredBefore} (they stopped counting when they expired) and answered deliveries
     * received before {@code deliveredBefore} (a sender's retries ended long before).
     *
     * @return how many rows went
     */
    public int sweep(Instant expiredBefore, Instant deliveredBefore) {
        return tx.run("sweep old reservations and deliveries", c -> {
            int gone = 0;
            // Portal by portal, through the index every check uses (portal, expiry), so reservations
            // need no index of their own for the sweep: one index fewer to write at every check.
            // Only reservations the portal's counts already left out go: one that expired while no
            // check came is still in them, and goes after the next check takes it away.
            try (PreparedStatement portals = c.prepareStatement("SELECT id, held_as_of FROM portal");
                 PreparedStatement drop = c.prepareStatement(
                         "DELETE FROM reservation WHERE portal_id = ? AND expires_at < ? AND expires_at <= ?")) {
                Sql.instant(drop, 2, expiredBefore);
                try (ResultSet r = portals.executeQuery()) {
                    while (r.next()) {
                        drop.setString(1, r.getString("id"));
                        Sql.instant(drop, 3, Sql.instant(r, "held_as_of"));
                        gone += drop.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM delivery WHERE received_at < ?")) {
                Sql.instant(s, 1, deliveredBefore);
                gone += s.executeUpdate();
            }
            return gone;
        });
    }

    /** Counts over the days from {@code first} to {@code last}, both included: at most one row per day. */
    public Tally tally(String portalId, LocalDate first, LocalDate last) {
        return tx.read("count the ledger", c -> PortalBook.tally(c, portalId, first, last));
    }

    /** The days that have items, in order. */
    public List<DayCount> days(String portalId, LocalDate first, LocalDate last) {
        return tx.read("count the ledger by day", c -> PortalBook.days(c, portalId, first, last));
    }

    /** Reservations not yet expired at {@code now}. */
    public Tally held(String portalId, Instant now) {
        return tx.read("count reservations", c -> PortalBook.held(c, portalId, now));
    }

    public Optional<Entry> entry(String portalId, String postId) {
        return tx.read("read a ledger entry", c -> PortalBook.entry(c, portalId, postId));
    }

    /** Published entries of some days, newest first, optionally of one label: the items behind a share. */
    public List<Entry> entries(String portalId, LocalDate first, LocalDate last, Label label, int limit) {
        String sql = "SELECT * FROM ledger_entry WHERE portal_id = ? AND pub_day BETWEEN ? AND ? AND state = 'PUBLISHED'"
                + (label == null ? "" : " AND label = ?") + " ORDER BY published_at DESC, post_id LIMIT ?";
        return tx.read("list ledger entries", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setString(i++, portalId);
                Sql.day(s, i++, first);
                Sql.day(s, i++, last);
                if (label != null) {
                    s.setString(i++, label.name());
                }
                s.setInt(i, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(PortalBook.entry(r));
                    }
                }
                return out;
            }
        });
    }

    /** Bulk load for benchmarks and migrations from another tool: entries and their day counts, in one transaction. */
    public void importEntries(String portalId, List<Entry> entries) {
        withPortal(portalId, book -> {
            book.importAll(entries);
            return null;
        });
    }
}
