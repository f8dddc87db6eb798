package vn.tonegate.ledger;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept deflated: a check's answer lists every match of its draft, tens of kilobytes of
 * repetitive JSON that is kept a week for a redelivery that rarely comes. Deflated at the
 * fastest level it is about a tenth of that to write, to log and to cache, for less CPU than
 * the store spent writing it whole.
 */
final class Deflated {

    private Deflated() {
    }

    /**
     * Deflaters with their output buffers, kept for the next answer and reset: a new deflater
     * allocated zlib's state (a few hundred kilobytes, outside the heap) and registered it for
     * cleaning at every check, and the growing output streams were a few times the answer's size
     * in garbage. A reset deflater writes the same bytes as a new one. Answers are deflated inside
     * a portal's transaction, so no more are in use at once than the pool has connections; a few
     * more are kept than that, and any beyond are ended.
     */
    private static final BlockingQueue<Deflating> KEPT = new ArrayBlockingQueue<>(16);

    private static final int KEPT_BUFFER_MAX = 256 * 1024;

    private static final class Deflating {
        final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] out = new byte[16 * 1024];
    }

    static byte[] deflate(byte[] raw) {
        Deflating d = KEPT.poll();
        if (d == null) {
            d = new Deflating();
        }
        Deflater deflater = d.deflater;
        boolean reusable = false;
        try {
            deflater.setInput(raw);
            deflater.finish();
            int n = 0;
            while (!deflater.finished()) {
                if (n == d.out.length) {
                    d.out = Arrays.copyOf(d.out, 2 * d.out.length);
                }
                n += deflater.deflate(d.out, n, d.out.length - n);
            }
            byte[] deflated = Arrays.copyOf(d.out, n);
            deflater.reset();
            reusable = d.out.length <= KEPT_BUFFER_MAX; // one very long answer does not keep its buffer
            return deflated;
        } finally {
            if (!reusable || !KEPT.offer(d)) {
                deflater.end();
            }
        }
    }

    static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 8);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored answer is cut short");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored answer is not deflated text", e);
        } finally {
            inflater.end();
        }
    }
}
