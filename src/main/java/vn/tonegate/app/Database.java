package vn.tonegate.app;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The SQL store: embedded H2 in the data folder by default, PostgreSQL when a JDBC URL is
 * given. Migrations in {@code db/migration} run at start, so every node sees the same schema.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String engine;

    private Database(HikariDataSource dataSource, String engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /**
     * H2's page cache, in KB. Its 16 MB default does not hold the working set of a ledger of a
     * million items: checks then read and decode pages from the file, the background writer's
     * compaction reads them again, and the garbage of both stalls the gate (at 300 checks/s
     * the machine could not keep up; with 256 MB it does).
     */
    private static final int H2_CACHE_KB = 256 * 1024;

    /**
     * Bytes at which H2 splits a page; its default is 4096. H2 never updates a page in place: a
     * page a check touches is written whole again at the next store, and each check touches pages
     * all over the indexes (one spot per portal, the delivery ids at random). Half-size pages
     * halve those rewrites; at 300 checks/s the server's CPU per check fell by about a tenth.
     * Smaller still (1024) deepens the trees more than it saves. Pages of an existing database
     * take it as they are next written.
     */
    private static final int H2_PAGE_BYTES = 2048;

    /**
     * How full, in %, H2 keeps its file: below it, the background writer moves the live pages of
     * the emptiest chunks elsewhere. A check leaves a little garbage in many pages; at H2's
     * default, 90, the chunks it rewrites are still nearly full, so it copies several bytes for
     * each one it frees, and at 300 checks/s that copying was a third of what the server
     * allocated and more of its collector's work. At 50 the chunks it rewrites are mostly garbage.
     * The price is disk: the file may grow to twice its data.
     */
    private static final int H2_FILL_PERCENT = 50;

    /**
     * Connections the node keeps open. Work on a connection is CPU on this machine (embedded H2)
     * or on the database's: more connections than a couple per core only add context switches
     * and, on PostgreSQL, backends competing for the same cores. Requests beyond it wait for a
     * connection, in order, instead.
     */
    private static final int POOL_SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** Embedded H2 in {@code home/db}, in PostgreSQL compatibility mode so one SQL dialect serves both. */
    public static Database embedded(Path home) {
        String url = "jdbc:h2:file:" + home.resolve("db").resolve("tonegate").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000"
                + ";CACHE_SIZE=" + H2_CACHE_KB + ";PAGE_SIZE=" + H2_PAGE_BYTES + ";AUTO_COMPACT_FILL_RATE=" + H2_FILL_PERCENT;
        return open(url, "sa", null, "h2");
    }

    /** An in-memory H2 database, for tests; lives until {@link #close()}. */
    public static Database inMemory(String name) {
        String url = "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        return open(url, "sa", null, "h2");
    }

    /** Any JDBC URL; PostgreSQL is the production engine. */
    public static Database open(String url, String user, String password) {
        return open(url, user, password, url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : "other");
    }

    private static Database open(String url, String user, String password, String engine) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        // Named explicitly because DriverManager's service discovery runs once per JVM: a WAR
        // redeployed (or a second one started) in the same container would find no driver.
        driverClassFor(engine).ifPresent(config::setDriverClassName);
        // Left unset when empty, so credentials given in the URL itself are not overridden.
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("tonegate");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, engine);
    }

    private static Optional<String> driverClassFor(String engine) {
        return switch (engine) {
            case "h2" -> Optional.of("org.h2.Driver");
            case "postgresql" -> Optional.of("org.postgresql.Driver");
            default -> Optional.empty();
        };
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** "h2" or "postgresql", as reported by the health endpoint. */
    public String engine() {
        return engine;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
