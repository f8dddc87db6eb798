package vn.tonegate.lexicon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The lexicon in the SQL store (tables {@code lexicon_entry} and {@code lexicon_state}, see
 * migration V3). A commit locks the state row, so two nodes writing at once get consecutive
 * versions or a {@link StaleLexiconException}, never a lost edit.
 */
public final class SqlLexiconStore implements LexiconStore {

    private static final String COLUMNS = "entry_id, phrase, category, weight, note, enabled";
    private static final int BATCH = 500;

    private final DataSource dataSource;

    public SqlLexiconStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long version() {
        try (Connection c = dataSource.getConnection()) {
            return readVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lexicon version", e);
        }
    }

    private static long readVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM lexicon_state WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public Snapshot current() {
        // one transaction, so the version and the rows belong together
        return inTransaction("read the lexicon", c -> new Snapshot(readVersion(c),
                read(c, "SELECT " + COLUMNS + " FROM lexicon_entry WHERE valid_to IS NULL ORDER BY entry_id")));
    }

    @Override
    public List<Entry> at(long version) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, "SELECT " + COLUMNS + " FROM lexicon_entry WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
                    + " ORDER BY entry_id", version, version);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read lexicon version " + version, e);
        }
    }

    @Override
    public Commit commit(long expectedVersion, List<Entry> upserts, List<Long> removed) {
        return inTransaction("write the lexicon", c -> {
            long[] state = lockState(c);
            if (state[0] != expectedVersion) {
                throw new StaleLexiconException(expectedVersion, state[0]);
            }
            long next = state[0] + 1;
            long nextId = state[1];
            List<Entry> stored = new ArrayList<>(upserts.size());
            List<Long> closing = new ArrayList<>(removed);
            for (Entry e : upserts) {
                Entry withId = e.id() == 0 ? e.withId(nextId++) : e;
                nextId = Math.max(nextId, withId.id() + 1);
                if (e.id() != 0) {
                    closing.add(withId.id());
                }
                stored.add(withId);
            }
            closeRows(c, closing, next);
            insertRows(c, stored, next);
            writeState(c, next, nextId);
            return new Commit(next, stored);
        });
    }

    @Override
    public void seed(long version, List<Entry> entries) {
        inTransaction("seed the lexicon", c -> {
            long[] state = lockState(c);
            if (state[0] != 0) {
                throw new IllegalStateException("only an empty lexicon store can be seeded");
            }
            insertRows(c, entries, version);
            long nextId = entries.stream().mapToLong(Entry::id).max().orElse(0) + 1;
            writeState(c, version, Math.max(nextId, state[1]));
            return null;
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }

    private static long[] lockState(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, next_id FROM lexicon_state WHERE id = 1 FOR UPDATE");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static void writeState(Connection c, long version, long nextId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE lexicon_state SET version = ?, next_id = ? WHERE id = 1")) {
            s.setLong(1, version);
            s.setLong(2, nextId);
            s.executeUpdate();
        }
    }

    private static void closeRows(Connection c, List<Long> ids, long version) throws SQLException {
        batched(c, "UPDATE lexicon_entry SET valid_to = ? WHERE entry_id = ? AND valid_to IS NULL", ids, (s, id) -> {
            s.setLong(1, version);
            s.setLong(2, id);
        });
    }

    private static void insertRows(Connection c, List<Entry> entries, long version) throws SQLException {
        batched(c, "INSERT INTO lexicon_entry (" + COLUMNS + ", valid_from) VALUES (?, ?, ?, ?, ?, ?, ?)", entries, (s, e) -> {
            s.setLong(1, e.id());
            s.setString(2, e.phrase());
            s.setString(3, e.category().jsonName());
            s.setDouble(4, e.weight());
            s.setString(5, e.note());
            s.setBoolean(6, e.enabled());
            s.setLong(7, version);
        });
    }

    private interface Binder<T> {
        void bind(PreparedStatement s, T item) throws SQLException;
    }

    /** One statement for many rows, sent in batches so a seed of thousands of entries is a few round trips. */
    private static <T> void batched(Connection c, String sql, List<T> items, Binder<T> binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(s, item);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    private static List<Entry> read(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            List<Entry> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Entry(r.getLong(1), r.getString(2), Category.parse(r.getString(3)), r.getDouble(4),
                            r.getString(5), r.getBoolean(6)));
                }
            }
            return out;
        }
    }
}
