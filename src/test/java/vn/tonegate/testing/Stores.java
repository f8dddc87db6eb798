package vn.tonegate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import vn.tonegate.app.Database;

/**
 * The SQL stores the same tests run on: H2 in memory always, PostgreSQL when
 * {@code TONEGATE_TEST_PG_URL} names one (a JDBC URL with user and password). Each store gets a
 * fresh schema. In CI a missing PostgreSQL fails the build rather than skipping its tests.
 */
public final class Stores {

    public static final String PG_URL_VARIABLE = "TONEGATE_TEST_PG_URL";

    private Stores() {
    }

    public static Database h2() {
        return Database.inMemory("t" + UUID.randomUUID().toString().replace("-", ""));
    }

    public static Optional<String> postgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getProperty(PG_URL_VARIABLE.toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** A fresh schema in the test PostgreSQL; skipped outside CI when none is configured, failed in CI. */
    public static Schema postgres() {
        Optional<String> url = postgresUrl();
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(PG_URL_VARIABLE + " is not set: CI must test on PostgreSQL");
            }
            Assumptions.abort(PG_URL_VARIABLE + " not set; PostgreSQL tests skipped");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(url.get(), "CREATE SCHEMA " + schema);
        String schemaUrl = url.get() + (url.get().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Schema(url.get(), schema, schemaUrl);
    }

    /** A PostgreSQL schema for one test class; {@link #open()} may be called more than once, like several nodes. */
    public record Schema(String serverUrl, String name, String url) implements AutoCloseable {
        public Database open() {
            return Database.open(url, null, null);
        }

        @Override
        public void close() {
            execute(serverUrl, "DROP SCHEMA " + name + " CASCADE");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }
}
