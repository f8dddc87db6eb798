package vn.tonegate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

import vn.tonegate.app.Tonegate;
import vn.tonegate.app.TonegateApplication;
import vn.tonegate.ledger.Channel;
import vn.tonegate.ledger.Entry;
import vn.tonegate.ledger.PostState;
import vn.tonegate.policy.Policy;
import vn.tonegate.scoring.Label;
import vn.tonegate.testing.Loopback;

/**
 * The server side of the load test, in a JVM of its own so that the generator's work and
 * garbage do not show up as the gate's latency: seeds a ledger of N items across P portals,
 * serves the API through Jersey's servlet on a loopback port, and writes that port and the
 * portals' secrets to the {@code --ready} file once it takes requests. It stops when its
 * standard input closes, so it never outlives the generator that started it.
 *
 * <pre>java -cp … vn.tonegate.bench.GateServer --store h2 --rows 1000000 --ready /tmp/gate.ready</pre>
 */
public final class GateServer {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = GateLoad.options(args);
        String store = opts.getOrDefault("store", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        int portalCount = Integer.parseInt(opts.getOrDefault("portals", "100"));
        Path ready = Path.of(opts.getOrDefault("ready", "gate-server.ready"));

        try (TempTonegate node = TempTonegate.start(store, "tonegate-load")) {
            Tonegate tonegate = node.tonegate;
            long seedStart = System.nanoTime();
            List<String> secrets = seed(tonegate, portalCount, rows);
            System.out.printf("[server] store=%s ledger=%,d items across %d portals, seeded in %.1f s%n", store, rows,
                    portalCount, (System.nanoTime() - seedStart) / 1e9);
            settle(tonegate, store);

            Server server = new Server();
            ServerConnector connector = Loopback.connector(server);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder(new ServletContainer(new TonegateApplication(tonegate))), "/api/*");
            server.setHandler(new ServedTime(context));
            server.start();

            announce(ready, connector.getLocalPort(), secrets);
            try {
                // blocks until the generator closes our input or exits
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            } finally {
                server.stop();
            }
        }
    }

    /** The port on the first line, one secret per portal after it; moved into place whole, so a reader never sees half. */
    private static void announce(Path ready, int port, List<String> secrets) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Integer.toString(port));
        lines.addAll(secrets);
        Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Portals with a ledger spread over the last 30 days, about 12 % negative, loaded in bulk. */
    static List<String> seed(Tonegate tonegate, int portals, int rows) {
        List<String> secrets = new ArrayList<>();
        LocalDate today = LocalDate.now(Policy.VIETNAM);
        Instant now = Instant.now();
        int perPortal = rows / portals;
        for (int p = 0; p < portals; p++) {
            String id = "portal-" + p;
            secrets.add(tonegate.portals().create(id, "Portal " + p, Policy.defaults(), "load").secret());
            List<Entry> batch = new ArrayList<>(perPortal);
            for (int i = 0; i < perPortal; i++) {
                LocalDate day = today.minusDays(i % 30);
                Instant at = day.atStartOfDay(Policy.VIETNAM).toInstant().plusSeconds(i % 80_000);
                Label label = i % 25 < 3 ? Label.NEGATIVE : i % 2 == 0 ? Label.NEUTRAL : Label.POSITIVE;
                batch.add(new Entry(id, "seed-" + i, Channel.PORTAL, "Seeded item " + i, null, label,
                        label == Label.NEGATIVE ? -0.5 : 0.2, 1, "seed", at, day, PostState.PUBLISHED, Optional.empty(), now));
            }
            // a thousand rows per transaction: H2 2.3.232 twice failed the commit of a 10,000-row one
            // ("MVStoreException: Position 0") while its background writer ran
            for (int from = 0; from < batch.size(); from += SEED_ROWS_PER_TRANSACTION) {
                tonegate.ledger().importEntries(id, batch.subList(from, Math.min(batch.size(), from + SEED_ROWS_PER_TRANSACTION)));
            }
        }
        return secrets;
    }

    private static final int SEED_ROWS_PER_TRANSACTION = 1_000;

    /**
     * A ledger of a million rows grows over months, not seconds: after the bulk load, let
     * PostgreSQL vacuum and analyze so the checks meet the steady state a portal would.
     */
    private static void settle(Tonegate tonegate, String store) throws SQLException {
        if (!store.equals("postgres")) {
            return;
        }
        long start = System.nanoTime();
        try (Connection c = tonegate.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE ledger_entry");
            s.execute("VACUUM ANALYZE portal_day");
        }
        System.out.printf("[server] vacuumed and analyzed in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
