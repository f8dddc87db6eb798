package vn.tonegate.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The few JDBC conversions both engines agree on: instants as UTC timestamps with time zone, cut
 * to the microseconds both keep (so what Java compares is what the store compares), days as DATE.
 */
final class Sql {

    private Sql() {
    }

    static void instant(PreparedStatement s, int i, Instant value) throws SQLException {
        s.setObject(i, value == null ? null : OffsetDateTime.ofInstant(stored(value), ZoneOffset.UTC));
    }

    /** An instant as the store keeps it. */
    static Instant stored(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static void day(PreparedStatement s, int i, LocalDate value) throws SQLException {
        s.setObject(i, value);
    }

    static LocalDate day(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
