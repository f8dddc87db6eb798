package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes a portal's transaction makes at its end (a check's reservation, its audit record,
 * the delivery's answer, the portal's counts), held back and sent together. On PostgreSQL they
 * go as one statement, the first ones in a {@code WITH} of data-modifying parts: one round trip
 * instead of one each, where the backend otherwise waits for the next statement. H2 is in the
 * same process, so there they run one after the other. Either way they run in the order they
 * were added, in the caller's transaction; whoever reads or writes anything else first
 * {@link #send sends} them, so nothing reads around a write still held back.
 */
final class PendingWrites {

    /** Binds a write's parameters, the first of them at {@code first}. */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement s, int first) throws SQLException;
    }

    private record Write(String sql, int parameters, Parameters binder) {
    }

    private final List<Write> writes = new ArrayList<>(4);
    private final boolean together;

    /** @param together whether the store takes them as one statement (PostgreSQL) */
    PendingWrites(boolean together) {
        this.together = together;
    }

    static boolean takesWritesTogether(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /** One INSERT, UPDATE or DELETE, its parameters as {@code ?} (none inside a literal). */
    void add(String sql, Parameters binder) {
        writes.add(new Write(sql, count(sql), binder));
    }

    void send(Connection c) throws SQLException {
        send(c, false);
    }

    /**
     * Sends them as the transaction's last statement: where the store takes them together, the
     * {@code COMMIT} goes in the same round trip, after them (an error in any part skips the rest,
     * so the caller's rollback still undoes them all). The driver then knows the transaction is
     * over, and the caller's own commit costs nothing. Nothing to send: nothing happens, and the
     * caller's commit ends the transaction.
     */
    void sendAndCommit(Connection c) throws SQLException {
        send(c, together);
    }

    private void send(Connection c, boolean commit) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try {
            if (!together) {
                for (Write w : writes) {
                    try (PreparedStatement s = c.prepareStatement(w.sql())) {
                        w.binder().bind(s, 1);
                        s.executeUpdate();
                    }
                }
            } else {
                try (PreparedStatement s = c.prepareStatement(together(writes) + (commit ? "; COMMIT" : ""))) {
                    int first = 1;
                    for (Write w : writes) {
                        w.binder().bind(s, first);
                        first += w.parameters();
                    }
                    s.executeUpdate();
                }
            }
        } finally {
            writes.clear();
        }
    }

    /** {@code WITH w0 AS (first), w1 AS (second) last}: PostgreSQL runs every part, in one snapshot. One write is itself. */
    private static String together(List<Write> writes) {
        if (writes.size() == 1) {
            return writes.get(0).sql();
        }
        StringBuilder sql = new StringBuilder("WITH ");
        for (int i = 0; i < writes.size() - 1; i++) {
            sql.append(i == 0 ? "" : ", ").append('w').append(i).append(" AS (").append(writes.get(i).sql()).append(')');
        }
        return sql.append(' ').append(writes.get(writes.size() - 1).sql()).toString();
    }

    private static int count(String sql) {
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                n++;
            }
        }
        return n;
    }
}
