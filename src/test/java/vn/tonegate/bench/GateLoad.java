package vn.tonegate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.WebhookSignature;
import vn.tonegate.text.Draft;

/**
 * Load test of the publish gate: signed checks over HTTP on loopback at a fixed rate (open
 * loop: latency is measured from when a request was due, so a stall is not hidden by sending
 * less) against a {@link GateServer} holding a ledger of N items across P portals. Each check
 * carries a corpus article made unique, so every one is scored and none is a cache hit.
 *
 * <p>The server runs in a JVM of its own, started here with the options in
 * {@code -Dload.server.jvm} (or already running: {@code --attach} its ready file), so what is
 * measured is the server's latency, not this generator's garbage collection or JIT. Both still
 * share the same cores. The warm-up lasts 90 s by default: on two cores at 300 checks/s the
 * server's JIT compiler still takes about a seventh of the machine 30 s in, which is start-up
 * cost, not what a node that has run for a day pays.
 *
 * <pre>mvn -q -Pload test-compile exec:exec -Dload.args="--store h2 --rows 1000000"</pre>
 */
public final class GateLoad {

    private static final Duration SERVER_START = Duration.ofMinutes(15);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String store = opts.getOrDefault("store", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "300"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "90"));
        int warmupMax = Integer.parseInt(opts.getOrDefault("warmup-max", "600"));
        double jitQuiet = Double.parseDouble(opts.getOrDefault("jit-quiet", "0.03"));

        Process server = null;
        Path ready;
        if (opts.containsKey("attach")) {
            ready = Path.of(opts.get("attach"));
        } else {
            ready = Files.createTempDirectory("tonegate-load").resolve("server.ready");
            server = startServer(store, rows, Integer.parseInt(opts.getOrDefault("portals", "100")), ready);
        }
        try {
            List<String> lines = awaitReady(ready, server);
            int port = Integer.parseInt(lines.get(0));
            List<String> secrets = lines.subList(1, lines.size());
            Corpus corpus = Corpus.load();
            ObjectMapper json = new ObjectMapper();
            AtomicLong sequence = new AtomicLong();
            System.out.printf("[load] warming up at %d/s for %d s%n", rate, warmup);
            run(port, secrets, bodies(corpus, json, sequence, rate * warmup), rate, null);
            if (server != null) {
                warmUntilCompiled(server.pid(), warmupMax - warmup, jitQuiet,
                        () -> run(port, secrets, bodies(corpus, json, sequence, rate * JIT_ROUND_SECONDS), rate, null));
            }
            Result result = new Result(rate * seconds);
            List<byte[]> measured = bodies(corpus, json, sequence, rate * seconds);
            // the bodies (tens of MB) were just made, so the first young collection while measuring
            // would copy them all: a pause of the generator's that would count as the server's latency
            System.gc();
            CpuClock cpu = new CpuClock(server);
            byte[] servedBefore = servedTime(port); // starts the server's count afresh
            run(port, secrets, measured, rate, result);
            byte[] served = servedTime(port);
            result.report(store, rows, rate, seconds);
            if (servedBefore != null && served != null) {
                System.out.println("[load] the same checks as the server saw them, from a request's first byte read to its answer's last"
                        + " written: " + ServedTime.describe(served));
            }
            cpu.report(result.elapsedNanos, result.recorded);
        } finally {
            if (server != null) {
                // closing its input is the server's signal to stop and drop its data
                server.getOutputStream().close();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroy();
                }
                TempTonegate.deleteTree(ready.getParent()); // the folder made for the server's announcement
            }
        }
    }

    private static final int JIT_ROUND_SECONDS = 10;

    private interface Round {
        void run() throws Exception;
    }

    /**
     * Goes on warming up, a round of 10 s at a time, until the server's JIT compilers used less than
     * {@code quiet} of a core in a round, or {@code moreSeconds} ran out. On two cores the compilers
     * still take a seventh of the machine 30 s in and come back in bursts for minutes, and a burst
     * inside the measured window decided its p99 (one run's compilers used 1.3 ms per check there):
     * a start-up cost, not what a node that has run for a day pays.
     */
    private static void warmUntilCompiled(long pid, int moreSeconds, double quiet, Round round) throws Exception {
        if (ThreadCpu.sample(pid).isEmpty()) {
            return; // no /proc to read the compilers' time from: the fixed warm-up is all there is
        }
        for (int waited = 0; waited < moreSeconds; waited += JIT_ROUND_SECONDS) {
            Map<String, ThreadCpu.Used> before = ThreadCpu.sample(pid);
            round.run();
            double share = ThreadCpu.between(before, ThreadCpu.sample(pid)).getOrDefault(ThreadCpu.Group.JIT, 0.0) / JIT_ROUND_SECONDS;
            System.out.printf("[load] the server's JIT compilers used %.1f %% of a core in the last %d s%n", 100 * share, JIT_ROUND_SECONDS);
            if (share < quiet) {
                return;
            }
        }
        System.out.printf("[load] the JIT compilers were still busy after the longest warm-up; measuring anyway%n");
    }

    /** The server in its own JVM, on this one's class path, with {@code load.server.jvm}'s options. */
    private static Process startServer(String store, int rows, int portals, Path ready) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = System.getProperty("load.server.jvm", "").strip();
        if (!jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GateServer.class.getName(),
                "--store", store, "--rows", Integer.toString(rows), "--portals", Integer.toString(portals),
                "--ready", ready.toString()));
        System.out.println("[load] server JVM options: " + (jvm.isEmpty() ? "(none)" : jvm));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> awaitReady(Path ready, Process server) throws Exception {
        long deadline = System.nanoTime() + SERVER_START.toNanos();
        while (!Files.exists(ready)) {
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException("the gate server exited with " + server.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the gate server was not ready within " + SERVER_START);
            }
            Thread.sleep(200);
        }
        return Files.readAllLines(ready, StandardCharsets.UTF_8);
    }

    /** Every request body of a phase, built before it starts so that building them does not compete with the server. */
    private static List<byte[]> bodies(Corpus corpus, ObjectMapper json, AtomicLong sequence, int count) throws IOException {
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long n = sequence.incrementAndGet();
            Draft article = corpus.articles.get((int) (n % corpus.articles.size()));
            Map<String, Object> body = new LinkedHashMap<>();
            // unique across runs too, so a second run against an attached server re-checks no post
            body.put("postId", "load-" + RUN + "-" + n);
            body.put("title", article.title() + " (" + n + ")");
            body.put("sapo", article.sapo());
            body.put("body", article.body());
            out.add(json.writeValueAsBytes(body));
        }
        return out;
    }

    /** Persistent connections the generator sends over; a check due while all are busy waits for one, and that wait counts. */
    private static final int CONNECTIONS = 32;

    /** A check to send and when it was due. */
    private record Due(byte[] body, long at) {
    }

    private static final Due END = new Due(new byte[0], 0);

    /**
     * Offers the checks at the rate, open loop: a dispatcher queues each when it is due, and
     * senders, one per connection, take them in order. Latency runs from when a check was due.
     */
    private static void run(int port, List<String> secrets, List<byte[]> bodies, int rate, Result result)
            throws InterruptedException {
        BlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int k = 0; k < CONNECTIONS; k++) {
            Thread t = new Thread(() -> send(port, secrets, queue, result), "load-sender-" + k);
            t.setDaemon(true);
            t.start();
            senders.add(t);
        }
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            queue.add(new Due(bodies.get(i), due));
        }
        for (int k = 0; k < CONNECTIONS; k++) {
            queue.add(END);
        }
        for (Thread t : senders) {
            t.join();
        }
        if (result != null) {
            result.elapsedNanos = System.nanoTime() - start;
        }
    }

    private static void send(int port, List<String> secrets, BlockingQueue<Due> queue, Result result) {
        try (Http1Connection connection = new Http1Connection("127.0.0.1", port)) {
            for (Due check = queue.take(); check != END; check = queue.take()) {
                int portal = ThreadLocalRandom.current().nextInt(secrets.size());
                String id = "msg_" + UUID.randomUUID();
                long timestamp = Instant.now().getEpochSecond();
                Map<String, String> headers = Map.of("Content-Type", "application/json", "webhook-id", id,
                        "webhook-timestamp", Long.toString(timestamp),
                        "webhook-signature", WebhookSignature.sign(secrets.get(portal), id, timestamp, check.body()));
                int status;
                String decision;
                try {
                    Http1Connection.Response r = connection.post("/api/v1/portals/portal-" + portal + "/checks",
                            headers, check.body());
                    status = r.status();
                    decision = decision(new String(r.head(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    status = -1;
                    decision = "failed";
                }
                if (result != null) {
                    result.record(check.at(), System.nanoTime() - check.at(), status, decision);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's own timing since the last call, or null from a server that does not keep one (an attached node). */
    private static byte[] servedTime(int port) {
        try (Http1Connection connection = new Http1Connection("127.0.0.1", port)) {
            Http1Connection.Response r = connection.post(ServedTime.PATH, Map.of(), new byte[0]);
            return r.status() == 200 ? r.head() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String decision(String head) {
        int at = head.indexOf("\"decision\":\"");
        int end = at < 0 ? -1 : head.indexOf('"', at + 12);
        return end < 0 ? "none" : head.substring(at + 12, end);
    }

    /**
     * CPU time the server and this generator used while measuring, as a share of the machine's
     * cores, and how busy the machine was in all (PostgreSQL's backends are the rest of it when
     * nothing else runs): tells a saturated machine from a server that waits.
     */
    private static final class CpuClock {
        private final Optional<ProcessHandle> server;
        private final Duration serverStart;
        private final long generatorStart;
        private final long[] machineStart;
        private final Map<String, ThreadCpu.Used> serverThreadsStart;

        CpuClock(Process server) {
            this.server = Optional.ofNullable(server).map(Process::toHandle);
            this.serverThreadsStart = threads();
            this.serverStart = serverCpu();
            this.generatorStart = generatorCpu();
            this.machineStart = machineTicks();
        }

        /** Busy, all and stolen ticks of the machine since boot, from Linux's /proc/stat; empty elsewhere. */
        private static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long all = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    all += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                // steal: time the hypervisor ran something else while this machine's cores wanted to run
                long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
                return new long[] {all - idle, all, steal};
            } catch (IOException | RuntimeException e) {
                return new long[0];
            }
        }

        private String machineBusy() {
            long[] now = machineTicks();
            if (now.length == 0 || machineStart.length == 0 || now[1] == machineStart[1]) {
                return "";
            }
            double all = now[1] - machineStart[1];
            return String.format(", the whole machine %.0f %% (stolen by the hypervisor %.1f %%)", 100.0 * (now[0] - machineStart[0]) / all,
                    100.0 * (now[2] - machineStart[2]) / all);
        }

        private Map<String, ThreadCpu.Used> threads() {
            return server.map(p -> ThreadCpu.sample(p.pid())).orElse(Map.of());
        }

        private Duration serverCpu() {
            return server.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
        }

        private static long generatorCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** Also per check: what the server costs does not depend on how many checks a run offered. */
        void report(long elapsedNanos, int checks) {
            double cores = Runtime.getRuntime().availableProcessors() * (double) elapsedNanos;
            long serverNanos = serverCpu().minus(serverStart).toNanos();
            long generatorNanos = generatorCpu() - generatorStart;
            String serverShare = server.isEmpty() ? "not ours to see"
                    : String.format("%.0f %% (%.2f ms per check)", 100 * serverNanos / cores, serverNanos / 1e6 / checks);
            System.out.printf("[load] CPU of the machine's %d cores while measuring: server %s, generator %.0f %% (%.2f ms per check)%s%n",
                    Runtime.getRuntime().availableProcessors(), serverShare, 100 * generatorNanos / cores,
                    generatorNanos / 1e6 / checks, machineBusy());
            Map<ThreadCpu.Group, Double> byGroup = ThreadCpu.between(serverThreadsStart, threads());
            if (!byGroup.isEmpty()) {
                System.out.println("[load] server CPU per check by its threads: " + byGroup.entrySet().stream()
                        .map(g -> String.format("%s %.2f ms", g.getKey().label, g.getValue() * 1e3 / checks))
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
    }

    private static final class Result {
        final long[] latencies;
        /** When each recorded check was due (System.nanoTime), to see whether the slow ones come together. */
        final long[] dueAt;
        int recorded;
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        long elapsedNanos;

        Result(int expected) {
            latencies = new long[expected];
            dueAt = new long[expected];
        }

        synchronized void record(long due, long nanos, int status, String decision) {
            dueAt[recorded] = due;
            latencies[recorded++] = nanos;
            outcomes.computeIfAbsent(status + " " + decision, k -> new AtomicLong()).incrementAndGet();
        }

        synchronized void report(String store, int rows, int rate, int seconds) {
            long[] sorted = Arrays.copyOf(latencies, recorded);
            Arrays.sort(sorted);
            double throughput = sorted.length / (elapsedNanos / 1e9);
            System.out.printf("[load] store=%s rows=%,d offered=%d/s for %d s: completed %,d (%.0f/s)%n",
                    store, rows, rate, seconds, sorted.length, throughput);
            System.out.printf("[load] latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            System.out.println("[load] outcomes " + new TreeMap<>(outcomes));
            reportSlowest(pct(sorted, 0.99) * 1e6);
        }

        /**
         * In how many tenths of a second the slowest 1 % were due: a few means stalls that hold
         * up every check at once (a collection, the store's writer), many means checks queueing
         * here and there behind each other.
         */
        private void reportSlowest(double p99Nanos) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int i = 0; i < recorded; i++) {
                first = Math.min(first, dueAt[i]);
                last = Math.max(last, dueAt[i]);
            }
            Set<Long> tenths = new TreeSet<>();
            int slow = 0;
            for (int i = 0; i < recorded; i++) {
                if (latencies[i] >= p99Nanos) {
                    slow++;
                    tenths.add((dueAt[i] - first) / 100_000_000L);
                }
            }
            System.out.printf("[load] the slowest 1 %% (%d checks) were due in %d of the run's %d tenths of a second%n",
                    slow, tenths.size(), (last - first) / 100_000_000L + 1);
            // as clock times, to be lined up with the server's own recording (JFR, logs)
            long clockAtFirst = System.currentTimeMillis() - (System.nanoTime() - first) / 1_000_000L;
            StringBuilder at = new StringBuilder();
            for (long tenth : tenths) {
                at.append(' ').append(LocalTime.ofInstant(Instant.ofEpochMilli(clockAtFirst + tenth * 100), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MILLIS));
            }
            System.out.println("[load] those tenths began at (UTC)" + at);
        }

    }

    /** The {@code q} quantile, in ms, of nanoseconds sorted ascending. */
    static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static Map<String, String> options(String[] args) {
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
