package vn.tonegate.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.GateJson;
import vn.tonegate.app.Json;
import vn.tonegate.app.Tonegate;
import vn.tonegate.ledger.Channel;
import vn.tonegate.policy.CheckRequest;
import vn.tonegate.policy.Gate;
import vn.tonegate.text.Draft;

/**
 * What a check costs the gate itself, without HTTP and without scoring: the same corpus article
 * checked again and again (its score is cached after the first), as new posts with new delivery
 * ids of random portals, one after the other on one thread, against the same seeded ledger as the
 * load test. Reports, per check, the calling thread's CPU and allocation and the whole JVM's CPU
 * (on H2 that includes the store's own writer threads; PostgreSQL's backends are not in it).
 * Steadier than the load test's figures, because nothing else it does varies: for comparing
 * changes to the ledger's path.
 *
 * <pre>java -cp … vn.tonegate.bench.GateCost --store h2 --rows 1000000 --checks 20000 --rounds 3</pre>
 */
public final class GateCost {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = GateLoad.options(args);
        String store = opts.getOrDefault("store", "h2");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
        int portals = Integer.parseInt(opts.getOrDefault("portals", "100"));
        int checks = Integer.parseInt(opts.getOrDefault("checks", "20000"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));

        try (TempTonegate node = TempTonegate.start(store, "tonegate-cost")) {
            Tonegate tonegate = node.tonegate;
            GateServer.seed(tonegate, portals, rows);
            Draft article = Corpus.load().articles.get(7);
            ObjectMapper json = Json.create();
            Gate gate = tonegate.gate();
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long[] sequence = {0};
            Runnable one = () -> {
                long n = ++sequence[0];
                String portal = "portal-" + ThreadLocalRandom.current().nextInt(portals);
                gate.check(portal, new CheckRequest("cost-" + n, Channel.PORTAL, article, Optional.empty(), "cms:" + portal),
                        "msg_cost_" + n, score -> GateJson.CheckAnswer.writer(json, score));
            };
            for (int i = 0; i < checks; i++) {
                one.run(); // warm-up
            }
            List<String> lines = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long thread = threads.getCurrentThreadCpuTime();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long process = os.getProcessCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < checks; i++) {
                    one.run();
                }
                lines.add(String.format("[cost] store=%s round %d: %,d checks, per check: calling thread %.1f us CPU and %.1f kB "
                                + "allocated, the JVM %.1f us CPU, %.1f us elapsed", store, round, checks,
                        (threads.getCurrentThreadCpuTime() - thread) / 1e3 / checks,
                        (threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / checks,
                        (os.getProcessCpuTime() - process) / 1e3 / checks, (System.nanoTime() - wall) / 1e3 / checks));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
    }
}
