package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SQL statement kept prepared on each of the pool's connections, for a statement that runs
 * on every check and that the store would parse again each time: H2 keeps parsed statements
 * per session, but never a {@code UNION} nor a {@code SELECT … FOR UPDATE}. (PostgreSQL's driver
 * keeps its own per connection; for it this changes nothing.)
 *
 * <p>The pool hands out a wrapper per borrowing, so the statement is kept by the connection
 * underneath, which a borrower has to itself. Callers close the result sets, never the
 * statement. Statements of connections the pool has closed are dropped when the next
 * connection is met.
 */
final class KeptStatement {

    private final String sql;
    private final Map<Connection, PreparedStatement> byConnection = new ConcurrentHashMap<>();

    KeptStatement(String sql) {
        this.sql = sql;
    }

    /** The statement on this borrowed connection, its parameters cleared. */
    PreparedStatement on(Connection borrowed) throws SQLException {
        Connection physical = borrowed.unwrap(Connection.class);
        PreparedStatement s = byConnection.get(physical);
        if (s == null || s.isClosed()) {
            dropClosed();
            s = physical.prepareStatement(sql);
            byConnection.put(physical, s);
        } else {
            s.clearParameters();
        }
        return s;
    }

    private void dropClosed() throws SQLException {
        for (Map.Entry<Connection, PreparedStatement> e : byConnection.entrySet()) {
            if (e.getKey().isClosed()) {
                byConnection.remove(e.getKey(), e.getValue());
            }
        }
    }
}
