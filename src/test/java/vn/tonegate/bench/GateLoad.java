package vn.tonegate.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.WebhookSignature;
import vn.tonegate.app.Settings;
import vn.tonegate.app.Tonegate;
import vn.tonegate.app.TonegateApplication;
import vn.tonegate.ledger.Channel;
import vn.tonegate.ledger.Entry;
import vn.tonegate.ledger.PostState;
import vn.tonegate.policy.Policy;
import vn.tonegate.scoring.Label;
import vn.tonegate.testing.Stores;
import vn.tonegate.text.Draft;

/**
 * Load test of the publish gate: a ledger of N items across P portals, then signed checks over
 * HTTP on loopback at a fixed rate (open loop: latency is measured from when a request was due,
 * so a stall is not hidden by sending less). Each check carries a corpus article made unique,
 * so every one is scored and none is a cache hit.
 *
 * <pre>mvn -q -Pload test-compile exec:exec -Dload.args="--store h2 --rows 1000000"</pre>
 */
public final class GateLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String store = opts.getOrDefault("store", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        int portalCount = Integer.parseInt(opts.getOrDefault("portals", "100"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "300"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));

        Path home = Files.createTempDirectory("tonegate-load");
        Stores.Schema schema = null;
        System.setProperty("tonegate.home", home.toString());
        System.setProperty("tonegate.admin.password", "load test password");
        if (store.equals("postgres")) {
            schema = Stores.postgres();
            System.setProperty("tonegate.db.url", schema.url());
        }
        Tonegate tonegate = Tonegate.start(Settings.fromEnvironment());
        Corpus corpus = Corpus.load();
        ObjectMapper json = new ObjectMapper();

        long seedStart = System.nanoTime();
        List<String> secrets = seed(tonegate, portalCount, rows);
        System.out.printf("[load] store=%s ledger=%,d items across %d portals, seeded in %.1f s%n", store, rows, portalCount,
                (System.nanoTime() - seedStart) / 1e9);

        settle(tonegate, store);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ServletContainer(new TonegateApplication(tonegate))), "/api/*");
        server.setHandler(context);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/v1/portals/");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong sequence = new AtomicLong();
        run(http, base, secrets, corpus, json, sequence, rate, warmup, null);
        Result result = new Result();
        run(http, base, secrets, corpus, json, sequence, rate, seconds, result);
        result.report(store, rows, rate, seconds);

        server.stop();
        tonegate.close();
        if (schema != null) {
            schema.close();
        }
    }

    /** Portals with a ledger spread over the last 30 days, about 12 % negative, loaded in bulk. */
    private static List<String> seed(Tonegate tonegate, int portals, int rows) {
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
            tonegate.ledger().importEntries(id, batch);
        }
        return secrets;
    }

    /**
     * A ledger of a million rows grows over months, not seconds: after the bulk load, let
     * PostgreSQL vacuum and analyze so the checks meet the steady state a portal would.
     */
    private static void settle(Tonegate tonegate, String store) throws Exception {
        if (!store.equals("postgres")) {
            return;
        }
        long start = System.nanoTime();
        try (java.sql.Connection c = tonegate.database().dataSource().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE ledger_entry");
            s.execute("VACUUM ANALYZE portal_day");
        }
        System.out.printf("[load] vacuumed and analyzed in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void run(HttpClient http, URI base, List<String> secrets, Corpus corpus, ObjectMapper json,
                            AtomicLong sequence, int rate, int seconds, Result result) throws Exception {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long n = sequence.incrementAndGet();
            int portal = ThreadLocalRandom.current().nextInt(secrets.size());
            Draft article = corpus.articles.get((int) (n % corpus.articles.size()));
            Map<String, Object> body = new HashMap<>();
            body.put("postId", "load-" + n);
            body.put("title", article.title() + " (" + n + ")");
            body.put("sapo", article.sapo());
            body.put("body", article.body());
            byte[] bytes = json.writeValueAsBytes(body);
            String id = "msg_" + n;
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("portal-" + portal + "/checks"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secrets.get(portal), id, timestamp, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((r, e) -> {
                        if (result != null) {
                            result.record(System.nanoTime() - due, e == null ? r.statusCode() : -1,
                                    e == null ? decision(r.body()) : "failed");
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (result != null) {
            result.elapsedNanos = System.nanoTime() - start;
        }
    }

    private static String decision(String body) {
        int at = body.indexOf("\"decision\":\"");
        return at < 0 ? "none" : body.substring(at + 12, body.indexOf('"', at + 12));
    }

    private static final class Result {
        final List<Long> latencies = new ArrayList<>();
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        long elapsedNanos;

        synchronized void record(long nanos, int status, String decision) {
            latencies.add(nanos);
            outcomes.computeIfAbsent(status + " " + decision, k -> new AtomicLong()).incrementAndGet();
        }

        synchronized void report(String store, int rows, int rate, int seconds) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double throughput = sorted.length / (elapsedNanos / 1e9);
            System.out.printf("[load] store=%s rows=%,d offered=%d/s for %d s: completed %,d (%.0f/s)%n",
                    store, rows, rate, seconds, sorted.length, throughput);
            System.out.printf("[load] latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            System.out.println("[load] outcomes " + new java.util.TreeMap<>(outcomes));
        }

        private static double pct(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value: " + Arrays.toString(args));
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
