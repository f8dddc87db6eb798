package vn.tonegate.ledger;

import static vn.tonegate.ledger.Transactions.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.tonegate.scoring.Label;

/**
 * One portal's ledger inside a transaction that holds the portal's lock (see
 * {@link Ledger#withPortal}). Every change to an entry goes through {@link #save}, which keeps
 * the per-day counts equal to the entries they summarize.
 */
public final class PortalBook {

    private final Connection c;
    private final String portalId;
    private final long portalVersion;
    /** The portal's reservation counts as the lock found them and this transaction moved them; written by {@link #flush}. */
    private Held held;
    private boolean heldMoved;
    /** This transaction's closing writes, held back to go together; see {@link PendingWrites}. */
    private final PendingWrites pending;

    /** The reservations that expire after {@code asOf}: what the portal row's held columns say. */
    private record Held(Tally counted, Instant asOf) {
    }

    private PortalBook(Connection c, String portalId, long portalVersion, Held held, boolean writesTogether) {
        this.c = c;
        this.portalId = portalId;
        this.portalVersion = portalVersion;
        this.held = held;
        this.pending = new PendingWrites(writesTogether);
    }

    /**
     * Locks the portal's row until the transaction ends: what every change to its book starts with.
     * The row comes back as it is once the lock is granted (both stores return a row locked for
     * update as last committed), so its version and counts are those no other transaction can move
     * before this one ends.
     */
    static final String LOCK_SQL = "SELECT version, held_total, held_negative, held_overridden, held_as_of "
            + "FROM portal WHERE id = ? FOR UPDATE";

    /** The book of the portal whose locked row is {@link #LOCK_SQL}'s result. */
    static PortalBook locked(Connection c, String portalId, ResultSet lockedRow, boolean writesTogether) throws SQLException {
        if (!lockedRow.next()) {
            throw new Ledger.UnknownPortal(portalId);
        }
        Held held = new Held(new Tally(lockedRow.getLong(2), lockedRow.getLong(3), lockedRow.getLong(4)),
                Sql.instant(lockedRow, "held_as_of"));
        return new PortalBook(c, portalId, lockedRow.getLong(1), held, writesTogether);
    }

    /** Runs a statement now, after the writes held back: it may read what they write. */
    private <T> T now(Transactions.Work<T> step) {
        return sql(conn -> {
            pending.send(conn);
            return step.run(conn);
        }, c);
    }

    public String portalId() {
        return portalId;
    }

    /** The version of the portal's row as the lock found it: the policy in force for this transaction. */
    public long portalVersion() {
        return portalVersion;
    }

    /**
     * What a check needs to know, in one statement: a redelivery's first answer, the portal's
     * count of reservations and the few whose expiry moved it since the last decision, the
     * post's own reservations, what the post counts now, and the window's days. It runs after
     * the lock is taken, so on PostgreSQL (read committed, a fresh snapshot per statement) it
     * sees every check that held the lock before this one.
     *
     * @param deliveryId the delivery to look up, or null when the caller is not idempotent
     */
    public CheckView view(String postId, String deliveryId, Instant now, LocalDate first, LocalDate last) {
        flush(); // the view reads the reservations, which may be among the writes held back
        return sql(conn -> {
            PreparedStatement s = VIEW.on(conn);
            bindView(s, 1, portalId, postId, deliveryId, now, first, last, held.asOf());
            try (ResultSet r = s.executeQuery()) {
                return readView(r, now);
            }
        }, c);
    }

    /**
     * Binds the parameters of {@link #VIEW_SQL}, the first at {@code first}, or with {@code asOf} null
     * of {@link #VIEW_SQL_AS_OF_ROW}; returns the index after the last.
     */
    static int bindView(PreparedStatement s, int first, String portalId, String postId, String deliveryId, Instant now,
                        LocalDate firstDay, LocalDate lastDay, Instant asOf) throws SQLException {
        Instant at = Sql.stored(now);
        int i = first;
        s.setString(i++, portalId);
        s.setString(i++, deliveryId == null ? "" : deliveryId);
        s.setString(i++, portalId); // moved
        if (asOf != null) {
            Sql.instant(s, i++, at.isBefore(asOf) ? at : asOf);
            Sql.instant(s, i++, at.isBefore(asOf) ? asOf : at);
        } else {
            s.setString(i++, portalId);
            Sql.instant(s, i++, at);
            s.setString(i++, portalId);
            Sql.instant(s, i++, at);
        }
        Sql.instant(s, i++, at); // own
        Sql.instant(s, i++, at);
        Sql.instant(s, i++, at);
        s.setString(i++, portalId);
        s.setString(i++, postId);
        s.setString(i++, portalId); // live
        s.setString(i++, postId);
        s.setString(i++, portalId); // days
        Sql.day(s, i++, firstDay);
        Sql.day(s, i++, lastDay);
        return i;
    }

    /**
     * Reads the view's rows, as of {@code now}: the portal's counts, as the lock read them, are
     * moved to that instant and kept as of it.
     */
    CheckView readView(ResultSet r, Instant now) throws SQLException {
        Instant at = Sql.stored(now);
        Optional<Delivery> delivery = Optional.empty();
        Tally moved = Tally.EMPTY;
        Tally own = Tally.EMPTY;
        boolean postHeld = false;
        Optional<DayCount> live = Optional.empty();
        List<DayCount> days = new ArrayList<>();
        while (r.next()) {
            switch (r.getString(1)) {
                case "delivery" -> delivery = Optional.of(new Delivery(r.getInt(3), answer(r.getString(7), r.getBytes(8))));
                case "moved" -> moved = counts(r);
                case "own" -> {
                    own = counts(r);
                    postHeld = r.getLong(6) > 0;
                }
                case "live" -> live = Optional.of(new DayCount(r.getObject(2, LocalDate.class), counts(r)));
                default -> days.add(new DayCount(r.getObject(2, LocalDate.class), counts(r)));
            }
        }
        // later than the counts' instant, the moved ones expired since (they stop counting); earlier
        // (another node's clock behind), they have not expired yet by this one (they count again)
        Tally counted = at.isAfter(held.asOf()) ? held.counted().minus(moved) : held.counted().plus(moved);
        held = new Held(counted, at);
        // with no hold between the two instants the row's counts hold for either: nothing to write yet
        heldMoved = moved.total() > 0;
        // UNION ALL keeps no order; a window has at most a few hundred days
        days.sort(Comparator.comparing(DayCount::day));
        return new CheckView(delivery, held.counted().minus(own), postHeld, live, days);
    }

    private static Tally counts(ResultSet r) throws SQLException {
        return new Tally(r.getLong(3), r.getLong(4), r.getLong(5));
    }

    /** How many of some reservations are negative, how many overridden: two columns. */
    private static final String LABEL_SUMS = "COALESCE(SUM(CASE WHEN label = 'NEGATIVE' THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN overridden_by IS NOT NULL THEN 1 ELSE 0 END), 0)";

    /**
     * One row per kind, in the same columns: kind, day, three counts (total, negative,
     * overridden; the delivery's status in the first), a fourth number (how many reservations
     * the post has, expired or not) and the delivery's answer, as text or deflated. The live
     * entry's counts are its contribution, as {@link Entry#contribution()} computes it. A
     * reservation counts while it has not expired, so {@code moved} are those whose expiry lies
     * between the instant the portal's counts are as of and the check's: expired since, or, by a
     * clock behind that instant, not yet. {@code movedBetween} says how the two instants are given.
     */
    private static String view(String movedBetween) {
        return "SELECT 'delivery' AS kind, CAST(NULL AS DATE) AS on_day, "
                + "CAST(status AS BIGINT) AS a, CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, CAST(0 AS BIGINT) AS d, "
                + "answer_json AS t, answer AS z "
                + "FROM delivery WHERE portal_id = ? AND webhook_id = ? "
                + "UNION ALL SELECT 'moved', NULL, COUNT(*), " + LABEL_SUMS + ", 0, NULL, NULL FROM reservation "
                + "WHERE portal_id = ? AND " + movedBetween + " "
                + "UNION ALL SELECT 'own', NULL, "
                + "COALESCE(SUM(CASE WHEN expires_at > ? THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN expires_at > ? AND label = 'NEGATIVE' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN expires_at > ? AND overridden_by IS NOT NULL THEN 1 ELSE 0 END), 0), "
                + "COUNT(*), NULL, NULL FROM reservation WHERE portal_id = ? AND post_id = ? "
                + "UNION ALL SELECT 'live', pub_day, 1, CASE WHEN label = 'NEGATIVE' THEN 1 ELSE 0 END, "
                + "CASE WHEN overridden_by IS NOT NULL THEN 1 ELSE 0 END, 0, NULL, NULL "
                + "FROM ledger_entry WHERE portal_id = ? AND post_id = ? AND counted "
                + "UNION ALL SELECT 'day', count_day, total, negative, overridden, 0, NULL, NULL "
                + "FROM portal_day WHERE portal_id = ? AND count_day BETWEEN ? AND ? AND total > 0";
    }

    /** The view after the lock, which gave the counts' instant: the two instants as parameters, earlier first. */
    static final String VIEW_SQL = view("expires_at > ? AND expires_at <= ?");

    /**
     * The view sent with the lock, before its row is back: the counts' instant read from the row
     * again, which the lock has by the time the view runs.
     */
    static final String VIEW_SQL_AS_OF_ROW = view("expires_at > LEAST((SELECT held_as_of FROM portal WHERE id = ?), ?) "
            + "AND expires_at <= GREATEST((SELECT held_as_of FROM portal WHERE id = ?), ?)");

    private static final KeptStatement VIEW = new KeptStatement(VIEW_SQL);

    public Optional<Entry> entry(String postId) {
        return now(conn -> entry(conn, portalId, postId));
    }

    /**
     * Writes an entry and moves the day counts by the difference between what the entry
     * counted before (nothing when {@code before} is empty) and what it counts now.
     */
    public void save(Optional<Entry> before, Entry after) {
        now(conn -> {
            upsert(after, before.isPresent());
            if (before.isPresent() && before.get().counted()) {
                adjust(before.get().day(), before.get().contribution(), -1);
            }
            if (after.counted()) {
                adjust(after.day(), after.contribution(), +1);
            }
            return null;
        });
    }

    /**
     * Reservations not yet expired at {@code now}, counted one by one: for readers without the
     * lock, to whom the portal's counts may be as of another instant.
     */
    static Tally held(Connection c, String portalId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), " + LABEL_SUMS
                + " FROM reservation WHERE portal_id = ? AND expires_at > ?")) {
            s.setString(1, portalId);
            Sql.instant(s, 2, now);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Tally(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }
    }

    public Optional<Hold> hold(String id) {
        return now(conn -> {
            try (PreparedStatement s = conn.prepareStatement("SELECT * FROM reservation WHERE id = ? AND portal_id = ?")) {
                s.setString(1, id);
                s.setString(2, portalId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(hold(r)) : Optional.<Hold>empty();
                }
            }
        });
    }

    /** The post's latest reservation that has not expired by {@code now}, if it has one. */
    public Optional<Hold> liveHold(String postId, Instant now) {
        return now(conn -> {
            try (PreparedStatement s = conn.prepareStatement("SELECT * FROM reservation WHERE portal_id = ? AND post_id = ?"
                    + " AND expires_at > ? ORDER BY created_at DESC FETCH FIRST 1 ROW ONLY")) {
                s.setString(1, portalId);
                s.setString(2, postId);
                Sql.instant(s, 3, now);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(hold(r)) : Optional.<Hold>empty();
                }
            }
        });
    }

    /** Holds a slot; the row goes out with the transaction's other closing writes. */
    public void insert(Hold h) {
        if (Sql.stored(h.expiresAt()).isAfter(held.asOf())) {
            moveHeld(held.counted().plus(Tally.of(h.label() == Label.NEGATIVE, h.override().isPresent())));
        }
        pending.add("INSERT INTO reservation (id, portal_id, post_id, channel, "
                + "label, score, lexicon_version, text_hash, overridden_by, override_role, override_reason, "
                + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (s, f) -> {
                    s.setString(f, h.id());
                    s.setString(f + 1, portalId);
                    s.setString(f + 2, h.postId());
                    s.setString(f + 3, h.channel().name());
                    s.setString(f + 4, h.label().name());
                    s.setDouble(f + 5, h.score());
                    s.setLong(f + 6, h.lexiconVersion());
                    s.setString(f + 7, h.textHash());
                    s.setString(f + 8, h.override().map(Override::by).orElse(null));
                    s.setString(f + 9, h.override().map(Override::role).orElse(null));
                    s.setString(f + 10, h.override().map(Override::reason).orElse(null));
                    Sql.instant(s, f + 11, h.createdAt());
                    Sql.instant(s, f + 12, h.expiresAt());
                });
    }

    /** Drops every reservation of a post: it was re-checked, published, or withdrawn. Returns how many. */
    public int release(String postId) {
        return now(conn -> {
            Held before = held;
            Tally counted;
            try (PreparedStatement s = conn.prepareStatement("SELECT COUNT(*), " + LABEL_SUMS
                    + " FROM reservation WHERE portal_id = ? AND post_id = ? AND expires_at > ?")) {
                s.setString(1, portalId);
                s.setString(2, postId);
                Sql.instant(s, 3, before.asOf());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    counted = new Tally(r.getLong(1), r.getLong(2), r.getLong(3));
                }
            }
            try (PreparedStatement s = conn.prepareStatement("DELETE FROM reservation WHERE portal_id = ? AND post_id = ?")) {
                s.setString(1, portalId);
                s.setString(2, postId);
                int gone = s.executeUpdate();
                if (counted.total() > 0) {
                    moveHeld(before.counted().minus(counted));
                }
                return gone;
            }
        });
    }

    private void moveHeld(Tally counted) {
        held = new Held(counted, held.asOf());
        heldMoved = true;
    }

    /**
     * Sends the writes held back, with the portal's reservation counts if this transaction moved
     * them; the lock is still held.
     */
    void flush() {
        queueHeld();
        now(conn -> null);
    }

    /**
     * The transaction's last step: sends what is held back, and where the store takes the writes
     * together, the commit in the same round trip (see {@link PendingWrites#sendAndCommit}).
     * Nothing may run on the connection after it but the caller's commit.
     */
    void close() {
        queueHeld();
        sql(conn -> {
            pending.sendAndCommit(conn);
            return null;
        }, c);
    }

    private void queueHeld() {
        if (heldMoved) {
            Tally counted = held.counted();
            Instant asOf = held.asOf();
            pending.add("UPDATE portal SET held_total = ?, held_negative = ?, held_overridden = ?, held_as_of = ? WHERE id = ?",
                    (s, f) -> {
                        s.setLong(f, counted.total());
                        s.setLong(f + 1, counted.negative());
                        s.setLong(f + 2, counted.overridden());
                        Sql.instant(s, f + 3, asOf);
                        s.setString(f + 4, portalId);
                    });
            heldMoved = false;
        }
    }

    public Optional<Delivery> delivery(String webhookId) {
        return now(conn -> {
            try (PreparedStatement s = conn.prepareStatement(
                    "SELECT status, answer_json, answer FROM delivery WHERE portal_id = ? AND webhook_id = ?")) {
                s.setString(1, portalId);
                s.setString(2, webhookId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Delivery(r.getInt(1), answer(r.getString(2), r.getBytes(3))))
                            : Optional.<Delivery>empty();
                }
            }
        });
    }

    /** Keeps a delivery's answer for its redeliveries; it goes out with the transaction's other closing writes. */
    public void remember(String webhookId, Delivery answer, Instant at) {
        byte[] deflated = Deflated.deflate(answer.answerJson());
        pending.add("INSERT INTO delivery (portal_id, webhook_id, status, answer, received_at) VALUES (?, ?, ?, ?, ?)", (s, f) -> {
            s.setString(f, portalId);
            s.setString(f + 1, webhookId);
            s.setInt(f + 2, answer.status());
            s.setBytes(f + 3, deflated);
            Sql.instant(s, f + 4, at);
        });
    }

    /** An answer as stored: deflated, or as text when it was stored before answers were deflated. */
    private static byte[] answer(String text, byte[] deflated) {
        return deflated != null ? Deflated.inflate(deflated) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends to the audit log; the record goes out with the transaction's other closing writes. */
    public void audit(AuditRecord record) {
        pending.add(AuditLog.INSERT, (s, f) -> AuditLog.bind(s, f, record));
    }

    void importAll(List<Entry> entries) {
        now(conn -> {
            Map<LocalDate, Tally> byDay = new HashMap<>();
            try (PreparedStatement s = conn.prepareStatement(INSERT_ENTRY)) {
                int batched = 0;
                for (Entry e : entries) {
                    bindEntry(s, e);
                    s.addBatch();
                    byDay.merge(e.day(), e.contribution(), Tally::plus);
                    if (++batched == 1000) {
                        s.executeBatch();
                        batched = 0;
                    }
                }
                s.executeBatch();
            }
            for (Map.Entry<LocalDate, Tally> d : byDay.entrySet()) {
                adjust(d.getKey(), d.getValue(), +1);
            }
            return null;
        });
    }

    private static final String INSERT_ENTRY = "INSERT INTO ledger_entry (portal_id, post_id, channel, title, url, "
            + "label, score, lexicon_version, text_hash, published_at, pub_day, state, counted, overridden_by, "
            + "override_role, override_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void upsert(Entry e, boolean exists) throws SQLException {
        if (!exists) {
            try (PreparedStatement s = c.prepareStatement(INSERT_ENTRY)) {
                bindEntry(s, e);
                s.executeUpdate();
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE ledger_entry SET channel = ?, title = ?, url = ?, "
                + "label = ?, score = ?, lexicon_version = ?, text_hash = ?, published_at = ?, pub_day = ?, state = ?, "
                + "counted = ?, overridden_by = ?, override_role = ?, override_reason = ?, updated_at = ? "
                + "WHERE portal_id = ? AND post_id = ?")) {
            s.setString(1, e.channel().name());
            s.setString(2, e.title());
            s.setString(3, e.url());
            s.setString(4, e.label().name());
            s.setDouble(5, e.score());
            s.setLong(6, e.lexiconVersion());
            s.setString(7, e.textHash());
            Sql.instant(s, 8, e.publishedAt());
            Sql.day(s, 9, e.day());
            s.setString(10, e.state().name());
            s.setBoolean(11, e.counted());
            s.setString(12, e.override().map(Override::by).orElse(null));
            s.setString(13, e.override().map(Override::role).orElse(null));
            s.setString(14, e.override().map(Override::reason).orElse(null));
            Sql.instant(s, 15, e.updatedAt());
            s.setString(16, portalId);
            s.setString(17, e.postId());
            s.executeUpdate();
        }
    }

    private void bindEntry(PreparedStatement s, Entry e) throws SQLException {
        s.setString(1, portalId);
        s.setString(2, e.postId());
        s.setString(3, e.channel().name());
        s.setString(4, e.title());
        s.setString(5, e.url());
        s.setString(6, e.label().name());
        s.setDouble(7, e.score());
        s.setLong(8, e.lexiconVersion());
        s.setString(9, e.textHash());
        Sql.instant(s, 10, e.publishedAt());
        Sql.day(s, 11, e.day());
        s.setString(12, e.state().name());
        s.setBoolean(13, e.counted());
        s.setString(14, e.override().map(Override::by).orElse(null));
        s.setString(15, e.override().map(Override::role).orElse(null));
        s.setString(16, e.override().map(Override::reason).orElse(null));
        Sql.instant(s, 17, e.updatedAt());
    }

    /** Adds ({@code sign} +1) or takes away (-1) a tally on one day; no upsert syntax needed, the portal is locked. */
    private void adjust(LocalDate day, Tally delta, int sign) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE portal_day SET total = total + ?, negative = negative + ?, "
                + "overridden = overridden + ? WHERE portal_id = ? AND count_day = ?")) {
            s.setLong(1, sign * delta.total());
            s.setLong(2, sign * delta.negative());
            s.setLong(3, sign * delta.overridden());
            s.setString(4, portalId);
            Sql.day(s, 5, day);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        if (sign < 0) {
            throw new IllegalStateException("day counts of " + portalId + " on " + day + " are missing an entry they counted");
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO portal_day (portal_id, count_day, total, negative, overridden) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, portalId);
            Sql.day(s, 2, day);
            s.setLong(3, delta.total());
            s.setLong(4, delta.negative());
            s.setLong(5, delta.overridden());
            s.executeUpdate();
        }
    }

    static Tally tally(Connection c, String portalId, LocalDate first, LocalDate last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(total), 0), COALESCE(SUM(negative), 0), "
                + "COALESCE(SUM(overridden), 0) FROM portal_day WHERE portal_id = ? AND count_day BETWEEN ? AND ?")) {
            s.setString(1, portalId);
            Sql.day(s, 2, first);
            Sql.day(s, 3, last);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Tally(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }
    }

    static List<DayCount> days(Connection c, String portalId, LocalDate first, LocalDate last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count_day, total, negative, overridden FROM portal_day "
                + "WHERE portal_id = ? AND count_day BETWEEN ? AND ? AND total > 0 ORDER BY count_day")) {
            s.setString(1, portalId);
            Sql.day(s, 2, first);
            Sql.day(s, 3, last);
            List<DayCount> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new DayCount(Sql.day(r, "count_day"), new Tally(r.getLong(2), r.getLong(3), r.getLong(4))));
                }
            }
            return out;
        }
    }

    static Optional<Entry> entry(Connection c, String portalId, String postId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM ledger_entry WHERE portal_id = ? AND post_id = ?")) {
            s.setString(1, portalId);
            s.setString(2, postId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(entry(r)) : Optional.empty();
            }
        }
    }

    static Entry entry(ResultSet r) throws SQLException {
        return new Entry(r.getString("portal_id"), r.getString("post_id"), Channel.valueOf(r.getString("channel")),
                r.getString("title"), r.getString("url"), Label.valueOf(r.getString("label")), r.getDouble("score"),
                r.getLong("lexicon_version"), r.getString("text_hash"), Sql.instant(r, "published_at"),
                Sql.day(r, "pub_day"), PostState.valueOf(r.getString("state")), override(r), Sql.instant(r, "updated_at"));
    }

    private static Hold hold(ResultSet r) throws SQLException {
        return new Hold(r.getString("id"), r.getString("portal_id"), r.getString("post_id"),
                Channel.valueOf(r.getString("channel")), Label.valueOf(r.getString("label")), r.getDouble("score"),
                r.getLong("lexicon_version"), r.getString("text_hash"), override(r), Sql.instant(r, "created_at"),
                Sql.instant(r, "expires_at"));
    }

    private static Optional<Override> override(ResultSet r) throws SQLException {
        String by = r.getString("overridden_by");
        return by == null ? Optional.empty()
                : Optional.of(new Override(by, r.getString("override_role"), r.getString("override_reason")));
    }
}
