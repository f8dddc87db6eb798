package vn.tonegate.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The calling thread's time on a core and its time runnable but waiting for one, as Linux's
 * scheduler counts them ({@code /proc/thread-self/schedstat}, nanoseconds). Taken at both ends of
 * an answer, they split its time three ways: running, waiting for a core, and blocked (on a lock,
 * a socket, the database). A slow answer that was mostly waiting for a core was slow because the
 * machine was busy, whatever the code did; one mostly blocked waited on something it asked for.
 * Linux only; elsewhere {@link #sample} returns null.
 */
final class ThreadSchedule {

    /** Running and waiting so far, in ns. */
    record Sample(long runningNanos, long waitingNanos) {
    }

    // one open file per thread, read again from its start: opening it is most of the cost
    private static final ThreadLocal<FileChannel> FILE = ThreadLocal.withInitial(ThreadSchedule::open);
    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(64));

    private ThreadSchedule() {
    }

    static Sample sample() {
        FileChannel file = FILE.get();
        if (file == null) {
            return null;
        }
        ByteBuffer buffer = BUFFER.get().clear();
        try {
            file.read(buffer, 0);
        } catch (IOException e) {
            return null;
        }
        // "running waiting timeslices\n"
        int end = buffer.position();
        int i = 0;
        long running = 0;
        for (; i < end && buffer.get(i) != ' '; i++) {
            running = running * 10 + (buffer.get(i) - '0');
        }
        long waiting = 0;
        for (i++; i < end && buffer.get(i) != ' '; i++) {
            waiting = waiting * 10 + (buffer.get(i) - '0');
        }
        return new Sample(running, waiting);
    }

    private static FileChannel open() {
        try {
            // thread-self resolves for the thread that opens it, which is the thread that keeps it
            return FileChannel.open(Path.of("/proc/thread-self/schedstat").toRealPath(), StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
