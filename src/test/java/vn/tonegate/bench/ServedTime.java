package vn.tonegate.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
 * server's threads allocated per answer meanwhile, which, unlike the latencies, hardly moves
 * from run to run: what a change does to the collector's work shows there first.
 */
final class ServedTime extends Handler.Wrapper {

    static final String PATH = "/bench/served";

    private long[] nanos = new long[1 << 16];
    private int count;
    private long allocatedAtLastSummary = allocatedByAllThreads();

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
        return super.handle(request, response, new Callback() {
            @Override
            public void succeeded() {
                record(System.nanoTime() - begin);
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

    private synchronized void record(long elapsed) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsed;
    }

    /** "count p50 p90 p99 max kB", the times in ms, of the answers since the last summary, and kB allocated per answer. */
    synchronized String takeSummary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        count = 0;
        long allocated = allocatedByAllThreads();
        long sinceLast = allocated - allocatedAtLastSummary;
        allocatedAtLastSummary = allocated;
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return "0";
        }
        return String.format("%d %.2f %.2f %.2f %.2f %.0f", sorted.length, GateLoad.pct(sorted, 0.50), GateLoad.pct(sorted, 0.90),
                GateLoad.pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sinceLast / 1e3 / sorted.length);
    }

    /** Bytes the live threads have allocated since they started (a thread that ended meanwhile drops out). */
    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    /** Reads a summary line back, for the generator's report. */
    static String describe(byte[] line) {
        String[] f = new String(line, StandardCharsets.UTF_8).trim().split(" ");
        if (f.length < 6) {
            return "no answers served";
        }
        return String.format("p50 %s ms, p90 %s ms, p99 %s ms, max %s ms (%s answers); its threads allocated %s kB per answer",
                f[1], f[2], f[3], f[4], f[0], f[5]);
    }
}
