package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Runs work in one database transaction, retried when the engine reports a deadlock or a
 * serialization failure (which it may do under concurrent checks), rolled back on any error.
 */
public final class Transactions {

    /** Work that needs a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** An SQLException carried out of work that cannot declare it (a lambda of the caller's). */
    static final class Unchecked extends RuntimeException {
        Unchecked(SQLException cause) {
            super(cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    /** Runs a JDBC step in code that cannot throw SQLException; {@link #run} unwraps it again. */
    static <T> T sql(Work<T> step, Connection c) {
        try {
            return step.run(c);
        } catch (SQLException e) {
            throw new Unchecked(e);
        }
    }

    /** SQLStates after which the same work may simply run again: serialization failure, deadlock. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T run(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (Unchecked e) {
                    c.rollback();
                    throw e.sql();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && RETRYABLE.contains(e.getSQLState())) {
                    continue;
                }
                throw new StoreException(what, e);
            }
        }
    }

    /** A read that needs no transaction of its own. */
    public <T> T read(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }
}
