package vn.tonegate.ledger;

import static vn.tonegate.ledger.Transactions.sql;

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

    PortalBook(Connection c, String portalId, long portalVersion) {
        this.c = c;
        this.portalId = portalId;
        this.portalVersion = portalVersion;
    }

    public String portalId() {
        return portalId;
    }

    /** The version of the portal's row as the lock found it: the policy in force for this transaction. */
    public long portalVersion() {
        return portalVersion;
    }

    /**
     * What a check needs to know, in one statement instead of four: a redelivery's first answer,
     * the live reservations, whether the post holds one, what the post counts now, and the
     * window's days. It runs after the lock is taken, so on PostgreSQL (read committed, a fresh
     * snapshot per statement) it sees every check that held the lock before this one.
     *
     * @param deliveryId the delivery to look up, or null when the caller is not idempotent
     */
    public CheckView view(String postId, String deliveryId, Instant now, LocalDate first, LocalDate last) {
        return sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement(VIEW)) {
                int i = 1;
                s.setString(i++, portalId);
                s.setString(i++, deliveryId == null ? "" : deliveryId);
                s.setString(i++, portalId);
                Sql.instant(s, i++, now);
                s.setString(i++, postId);
                s.setString(i++, portalId);
                s.setString(i++, postId);
                s.setString(i++, portalId);
                s.setString(i++, postId);
                s.setString(i++, portalId);
                Sql.day(s, i++, first);
                Sql.day(s, i, last);
                Optional<Delivery> delivery = Optional.empty();
                Tally held = Tally.EMPTY;
                boolean postHeld = false;
                Optional<DayCount> live = Optional.empty();
                List<DayCount> days = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        switch (r.getString(1)) {
                            case "delivery" -> delivery = Optional.of(new Delivery(r.getInt(3), answer(r.getString(6), r.getBytes(7))));
                            case "held" -> held = new Tally(r.getLong(3), r.getLong(4), r.getLong(5));
                            case "own" -> postHeld = r.getLong(3) > 0;
                            case "live" -> live = Optional.of(new DayCount(r.getObject(2, LocalDate.class),
                                    new Tally(r.getLong(3), r.getLong(4), r.getLong(5))));
                            default -> days.add(new DayCount(r.getObject(2, LocalDate.class),
                                    new Tally(r.getLong(3), r.getLong(4), r.getLong(5))));
                        }
                    }
                }
                // UNION ALL keeps no order; a window has at most a few hundred days
                days.sort(Comparator.comparing(DayCount::day));
                return new CheckView(delivery, held, postHeld, live, days);
            }
        }, c);
    }

    /**
     * One row per kind, in the same columns: kind, day, three counts (total, negative,
     * overridden; the delivery's status, or the number of the post's own reservations, in the
     * first) and the delivery's answer, as text or deflated. The live entry's counts are its
     * contribution, as {@link Entry#contribution()} computes it.
     */
    private static final String VIEW = "SELECT 'delivery' AS kind, CAST(NULL AS DATE) AS on_day, "
            + "CAST(status AS BIGINT) AS a, CAST(0 AS BIGINT) AS b, CAST(0 AS BIGINT) AS c, "
            + "answer_json AS t, answer AS z FROM delivery WHERE portal_id = ? AND webhook_id = ? "
            // the same range of (portal_id, expires_at) as held(): holds expired but not yet swept are not read
            + "UNION ALL SELECT 'held', NULL, COUNT(*), "
            + "COALESCE(SUM(CASE WHEN label = 'NEGATIVE' THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN overridden_by IS NOT NULL THEN 1 ELSE 0 END), 0), NULL, NULL "
            + "FROM reservation WHERE portal_id = ? AND expires_at > ? AND post_id <> ? "
            + "UNION ALL SELECT 'own', NULL, COUNT(*), 0, 0, NULL, NULL "
            + "FROM reservation WHERE portal_id = ? AND post_id = ? "
            + "UNION ALL SELECT 'live', pub_day, 1, CASE WHEN label = 'NEGATIVE' THEN 1 ELSE 0 END, "
            + "CASE WHEN overridden_by IS NOT NULL THEN 1 ELSE 0 END, NULL, NULL "
            + "FROM ledger_entry WHERE portal_id = ? AND post_id = ? AND counted "
            + "UNION ALL SELECT 'day', count_day, total, negative, overridden, NULL, NULL "
            + "FROM portal_day WHERE portal_id = ? AND count_day BETWEEN ? AND ? AND total > 0";

    public Optional<Entry> entry(String postId) {
        return sql(conn -> entry(conn, portalId, postId), c);
    }

    /**
     * Writes an entry and moves the day counts by the difference between what the entry
     * counted before (nothing when {@code before} is empty) and what it counts now.
     */
    public void save(Optional<Entry> before, Entry after) {
        sql(conn -> {
            upsert(after, before.isPresent());
            if (before.isPresent() && before.get().counted()) {
                adjust(before.get().day(), before.get().contribution(), -1);
            }
            if (after.counted()) {
                adjust(after.day(), after.contribution(), +1);
            }
            return null;
        }, c);
    }

    static Tally held(Connection c, String portalId, Instant now, String exceptPostId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), "
                + "COALESCE(SUM(CASE WHEN label = 'NEGATIVE' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN overridden_by IS NOT NULL THEN 1 ELSE 0 END), 0) "
                + "FROM reservation WHERE portal_id = ? AND expires_at > ? AND post_id <> ?")) {
            s.setString(1, portalId);
            Sql.instant(s, 2, now);
            s.setString(3, exceptPostId == null ? "" : exceptPostId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Tally(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }
    }

    public Optional<Hold> hold(String id) {
        return sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement("SELECT * FROM reservation WHERE id = ? AND portal_id = ?")) {
                s.setString(1, id);
                s.setString(2, portalId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(hold(r)) : Optional.<Hold>empty();
                }
            }
        }, c);
    }

    public void insert(Hold h) {
        sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO reservation (id, portal_id, post_id, channel, "
                    + "label, score, lexicon_version, text_hash, overridden_by, override_role, override_reason, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, h.id());
                s.setString(2, portalId);
                s.setString(3, h.postId());
                s.setString(4, h.channel().name());
                s.setString(5, h.label().name());
                s.setDouble(6, h.score());
                s.setLong(7, h.lexiconVersion());
                s.setString(8, h.textHash());
                s.setString(9, h.override().map(Override::by).orElse(null));
                s.setString(10, h.override().map(Override::role).orElse(null));
                s.setString(11, h.override().map(Override::reason).orElse(null));
                Sql.instant(s, 12, h.createdAt());
                Sql.instant(s, 13, h.expiresAt());
                s.executeUpdate();
            }
            return null;
        }, c);
    }

    /** Drops every reservation of a post: it was re-checked, published, or withdrawn. Returns how many. */
    public int release(String postId) {
        return sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement("DELETE FROM reservation WHERE portal_id = ? AND post_id = ?")) {
                s.setString(1, portalId);
                s.setString(2, postId);
                return s.executeUpdate();
            }
        }, c);
    }

    public Optional<Delivery> delivery(String webhookId) {
        return sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement(
                    "SELECT status, answer_json, answer FROM delivery WHERE portal_id = ? AND webhook_id = ?")) {
                s.setString(1, portalId);
                s.setString(2, webhookId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Delivery(r.getInt(1), answer(r.getString(2), r.getBytes(3))))
                            : Optional.<Delivery>empty();
                }
            }
        }, c);
    }

    public void remember(String webhookId, Delivery answer, Instant at) {
        sql(conn -> {
            try (PreparedStatement s = conn.prepareStatement(
                    "INSERT INTO delivery (portal_id, webhook_id, status, answer, received_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, portalId);
                s.setString(2, webhookId);
                s.setInt(3, answer.status());
                s.setBytes(4, Deflated.deflate(answer.answerJson()));
                Sql.instant(s, 5, at);
                s.executeUpdate();
            }
            return null;
        }, c);
    }

    /** An answer as stored: deflated, or as text when it was stored before answers were deflated. */
    private static String answer(String text, byte[] deflated) {
        return deflated != null ? Deflated.inflate(deflated) : text;
    }

    public void audit(AuditRecord record) {
        sql(conn -> {
            AuditLog.appendIn(conn, record);
            return null;
        }, c);
    }

    void importAll(List<Entry> entries) {
        sql(conn -> {
            Map<LocalDate, Tally> byDay = new HashMap<>();
            try (PreparedStatement s = conn.prepareStatement(INSERT_ENTRY)) {
                int pending = 0;
                for (Entry e : entries) {
                    bindEntry(s, e);
                    s.addBatch();
                    byDay.merge(e.day(), e.contribution(), Tally::plus);
                    if (++pending == 1000) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                s.executeBatch();
            }
            for (Map.Entry<LocalDate, Tally> d : byDay.entrySet()) {
                adjust(d.getKey(), d.getValue(), +1);
            }
            return null;
        }, c);
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
