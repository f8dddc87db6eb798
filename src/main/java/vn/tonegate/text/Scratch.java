package vn.tonegate.text;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Working arrays that analysis fills and reads and then lets go of within one call: a field's
 * chars while it is tokenized, a draft's canonical bytes while they are hashed. Each thread
 * keeps one of each and reuses it, instead of a new array per field: fresh ones were a fifth of
 * what a pass over the corpus allocated (226 MB, 181 MB without them), each zeroed before it was
 * written and each pushing memory through the caches that the syllables' memo wants to keep there. A reused array holds what the last
 * call left in it; callers write before they read and never look past what they wrote.
 * Arrays above {@link #KEPT_MAX} are allocated for the call alone, so one huge draft does not
 * pin its size on the thread.
 */
final class Scratch {

    /** Elements beyond which an array is not kept: a long article's body is a few tens of thousands of chars. */
    static final int KEPT_MAX = 256 * 1024;

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[8192]);

    private Scratch() {
    }

    /** The thread's char array, at least {@code length} long. Not to be held past the call that asked for it. */
    static char[] chars(int length) {
        return kept(CHARS, length, a -> a.length, char[]::new);
    }

    /** The thread's byte array, at least {@code length} long. Not to be held past the call that asked for it. */
    static byte[] bytes(int length) {
        return kept(BYTES, length, a -> a.length, byte[]::new);
    }

    private static <A> A kept(ThreadLocal<A> local, int length, ToIntFunction<A> lengthOf, IntFunction<A> allocate) {
        A kept = local.get();
        int keptLength = lengthOf.applyAsInt(kept);
        if (keptLength >= length) {
            return kept;
        }
        int grownLength = Math.max(length, Math.min(KEPT_MAX, 2 * keptLength));
        A grown = allocate.apply(grownLength);
        if (grownLength <= KEPT_MAX) {
            local.set(grown);
        }
        return grown;
    }
}
