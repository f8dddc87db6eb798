package vn.tonegate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The load server's own view of each answer: from when Jetty began to read the request to when
 * the answer's last byte was written. The generator's latency adds its own dispatch, its sockets
 * and the kernel's scheduling of both processes; setting the two side by side says which side a
 * slow check was slow on. {@code POST /bench/served} answers the figures since the last such
 * request, one line of text, and starts counting afresh. The line also says how many bytes the
 * server's threads allocated per answer meanwhile, which moves less than the latencies from run
 * to run (by up to a quarter, against half): what a change does to the collector's work shows
 * there first, between runs alternated in the same hour. And it splits
 * the slowest 1 % of answers by where their time went ({@link ThreadSchedule}): before the
 * handler ran, on a core, waiting for a core, and blocked.
 */
final class ServedTime extends Handler.Wrapper {

    static final String PATH = "/bench/served";

    /** Per answer: elapsed, before the handler, running, waiting for a core (the last two -1 when not known), request bytes, when it ended (ms since the epoch). */
    private static final int FIGURES = 6;

    /** Where to write every answer's figures at each summary, one line each, when set (a diagnosis, off by default). */
    private static final String DUMP = System.getProperty("bench.served.dump");

    private long[] figures = new long[FIGURES << 16];
    private int count;
    private Map<Long, Long> allocatedAtLastSummary = allocatedByThread();

    ServedTime(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.getPathInContext(request).equals(PATH)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, takeSummary(), callback);
            return true;
        }
        long begin = request.getBeginNanoTime();
        long handled = System.nanoTime();
        Thread handler = Thread.currentThread();
        ThreadSchedule.Sample first = ThreadSchedule.sample();
        return super.handle(request, response, new Callback() {
            @Override
            public void succeeded() {
                long end = System.nanoTime();
                // an answer completed on another thread (an asynchronous write) has no one thread's schedule
                ThreadSchedule.Sample last = first != null && Thread.currentThread() == handler ? ThreadSchedule.sample() : null;
                record(end - begin, handled - begin, last == null ? -1 : last.runningNanos() - first.runningNanos(),
                        last == null ? -1 : last.waitingNanos() - first.waitingNanos(), request.getLength(), System.currentTimeMillis());
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        });
    }

    private synchronized void record(long elapsed, long beforeHandler, long running, long waiting, long bytes, long endedAt) {
        if (FIGURES * (count + 1) > figures.length) {
            figures = Arrays.copyOf(figures, figures.length * 2);
        }
        int at = FIGURES * count++;
        figures[at] = elapsed;
        figures[at + 1] = beforeHandler;
        figures[at + 2] = running;
        figures[at + 3] = waiting;
        figures[at + 4] = bytes;
        figures[at + 5] = endedAt;
    }

    /**
     * "count p50 p90 p99 max kB slow known before running waiting blocked": the times in ms, of the
     * answers since the last summary; kB allocated per answer; then, of the answers at or over
     * p99, how many, how many of them with a known schedule, and those ones' mean ms before the
     * handler, running, waiting for a core and blocked.
     */
    synchronized String takeSummary() {
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = figures[FIGURES * i];
        }
        if (DUMP != null) {
            writeFigures();
        }
        Map<Long, Long> allocated = allocatedByThread();
        long sinceLast = allocatedSince(allocatedAtLastSummary, allocated);
        allocatedAtLastSummary = allocated;
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            count = 0;
            return "0";
        }
        double p99 = GateLoad.pct(sorted, 0.99);
        int slow = 0;
        int known = 0;
        long before = 0;
        long running = 0;
        long waiting = 0;
        long blocked = 0;
        for (int i = 0; i < count; i++) {
            int at = FIGURES * i;
            if (figures[at] / 1e6 < p99) {
                continue;
            }
            slow++;
            if (figures[at + 2] < 0) {
                continue;
            }
            known++;
            before += figures[at + 1];
            running += figures[at + 2];
            waiting += figures[at + 3];
            blocked += figures[at] - figures[at + 1] - figures[at + 2] - figures[at + 3];
        }
        count = 0;
        double perKnown = Math.max(1, known) * 1e6;
        return String.format("%d %.2f %.2f %.2f %.2f %.0f %d %d %.2f %.2f %.2f %.2f", sorted.length, GateLoad.pct(sorted, 0.50),
                GateLoad.pct(sorted, 0.90), p99, sorted[sorted.length - 1] / 1e6, sinceLast / 1e3 / sorted.length, slow, known,
                before / perKnown, running / perKnown, waiting / perKnown, blocked / perKnown);
    }

    private void writeFigures() {
        StringBuilder lines = new StringBuilder("elapsed_ns\tbefore_handler_ns\trunning_ns\twaiting_ns\trequest_bytes\tended_ms\n");
        for (int i = 0; i < count; i++) {
            for (int f = 0; f < FIGURES; f++) {
                lines.append(figures[FIGURES * i + f]).append(f == FIGURES - 1 ? '\n' : '\t');
            }
        }
        try {
            Files.writeString(Path.of(DUMP), lines);
        } catch (IOException e) {
            System.err.println("[server] could not write " + DUMP + ": " + e);
        }
    }

    /** Bytes each live thread has allocated since it started, by thread id. */
    private static Map<Long, Long> allocatedByThread() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>(2 * ids.length);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /**
     * What the threads alive at {@code now} allocated since {@code before}, a thread started
     * meanwhile counted from zero. A sum over the live threads alone went down, even below zero,
     * when Jetty's pool let an idle thread end between two summaries and its lifetime's bytes
     * dropped out of the sum. A thread that ended meanwhile is left out: the pool ends a thread
     * only after it waited idle for its idle timeout (a minute by default), so one that ended in
     * a window of seconds allocated next to nothing in it.
     */
    static long allocatedSince(Map<Long, Long> before, Map<Long, Long> now) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            sum += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
        }
        return sum;
    }

    /** Reads a summary line back, for the generator's report. */
    static String describe(byte[] line) {
        String[] f = new String(line, StandardCharsets.UTF_8).trim().split(" ");
        if (f.length < 12) {
            return "no answers served";
        }
        return String.format("p50 %s ms, p90 %s ms, p99 %s ms, max %s ms (%s answers); its threads allocated %s kB per answer;"
                + " the slowest 1 %% (%s answers, %s with their thread's schedule) took on average %s ms before the handler,"
                + " %s ms on a core, %s ms waiting for a core and %s ms blocked", f[1], f[2], f[3], f[4], f[0], f[5], f[6], f[7],
                f[8], f[9], f[10], f[11]);
    }
}
