package vn.tonegate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether the machine itself slows down now and then, apart from any program's own work: reads one
 * byte of every 4 KB page of a block of memory, pass after pass, a few ms apart, and reports the
 * passes that took several times the median, with when they began and the gaps between them. The
 * same pass always does the same work, so a slow one was slowed from outside the process: a
 * virtual machine's host tracking or remapping its memory, another process's burst. The load
 * test's slowest checks come in such moments; running this beside it, or alone on a node, says
 * whether a latency target is the gate's to meet or the machine's.
 *
 * <pre>java -cp target/test-classes vn.tonegate.bench.MachinePauses --megabytes 256 --seconds 20 [--out passes.tsv]</pre>
 */
public final class MachinePauses {

    private static final int PAGE = 4096;
    private static final long PAUSE_BETWEEN_PASSES_NANOS = 20_000_000L;
    /** A pass this many times the median is counted as slowed. */
    private static final double SLOW = 3.0;

    private MachinePauses() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = GateLoad.options(args);
        int megabytes = Integer.parseInt(opts.getOrDefault("megabytes", "256"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        String out = opts.get("out");

        byte[] block = new byte[megabytes << 20];
        Arrays.fill(block, (byte) 1); // every page mapped before the first timed pass
        // per pass: when it began (ms since the epoch), how long, how long on a core, how long waiting for one (ns; -1 not known)
        List<long[]> passes = new ArrayList<>();
        long sum = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long began = System.currentTimeMillis();
            ThreadSchedule.Sample first = ThreadSchedule.sample();
            long start = System.nanoTime();
            for (int i = 0; i < block.length; i += PAGE) {
                sum += block[i];
            }
            long took = System.nanoTime() - start;
            ThreadSchedule.Sample last = ThreadSchedule.sample();
            boolean known = first != null && last != null;
            passes.add(new long[] {began, took, known ? last.runningNanos() - first.runningNanos() : -1,
                known ? last.waitingNanos() - first.waitingNanos() : -1});
            LockSupport.parkNanos(PAUSE_BETWEEN_PASSES_NANOS);
        }
        report(megabytes, passes, sum);
        if (out != null) {
            StringBuilder lines = new StringBuilder("began_ms\tpass_ns\trunning_ns\twaiting_ns\n");
            for (long[] p : passes) {
                lines.append(p[0]).append('\t').append(p[1]).append('\t').append(p[2]).append('\t').append(p[3]).append('\n');
            }
            Files.writeString(Path.of(out), lines);
        }
    }

    private static void report(int megabytes, List<long[]> passes, long sum) {
        long[] sorted = passes.stream().mapToLong(p -> p[1]).sorted().toArray();
        double median = GateLoad.pct(sorted, 0.50);
        System.out.printf("[pauses] %d passes over %d MB (%d pages, checksum %d): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                sorted.length, megabytes, ((long) megabytes << 20) / PAGE, sum, median, GateLoad.pct(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
        List<Long> slowAt = new ArrayList<>();
        StringBuilder slow = new StringBuilder();
        int slowPasses = 0;
        long slowRunning = 0;
        long slowWaiting = 0;
        for (long[] p : passes) {
            if (p[1] / 1e6 >= SLOW * median) {
                slowPasses++;
                slowRunning += Math.max(0, p[2]);
                slowWaiting += Math.max(0, p[3]);
                // passes slowed by one moment come in a row; count the moment once
                if (slowAt.isEmpty() || p[0] - slowAt.get(slowAt.size() - 1) > 250) {
                    slowAt.add(p[0]);
                }
                slow.append(String.format(" %s %.1f ms;", Instant.ofEpochMilli(p[0]).toString().substring(11, 23), p[1] / 1e6));
            }
        }
        System.out.printf("[pauses] %d passes took %.0f times the median or more, in %d moments:%s%n", slowPasses, SLOW,
                slowAt.size(), slow);
        if (slowPasses > 0) {
            // on a core the whole time means the core itself did the same work slower; waiting means another thread had it
            System.out.printf("[pauses] those passes: on average %.2f ms on a core and %.2f ms waiting for one (a median pass %.2f ms)%n",
                    slowRunning / 1e6 / slowPasses, slowWaiting / 1e6 / slowPasses, median);
        }
        if (slowAt.size() > 1) {
            long[] gaps = new long[slowAt.size() - 1];
            for (int i = 1; i < slowAt.size(); i++) {
                gaps[i - 1] = (slowAt.get(i) - slowAt.get(i - 1)) * 1_000_000L;
            }
            Arrays.sort(gaps);
            System.out.printf("[pauses] between those moments: median %.2f s, from %.2f to %.2f s%n", GateLoad.pct(gaps, 0.50) / 1e3,
                    gaps[0] / 1e9, gaps[gaps.length - 1] / 1e9);
        }
    }
}
