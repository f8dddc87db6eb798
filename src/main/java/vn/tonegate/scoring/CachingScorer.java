package vn.tonegate.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.tonegate.text.Draft;

/**
 * Remembers recent scores: the editor panel rescored on every pause, the publish check and
 * the published event all score the same draft.
 *
 * <p>The key is the lexicon version plus a digest of the draft exactly as sent (not of its
 * normalized text): two spellings that normalize alike score alike, but their match offsets
 * differ, and offsets must point into the text the caller sent.
 */
public final class CachingScorer implements Scorer {

    private final Scorer delegate;
    private final LongSupplier version;
    private final Cache<String, Score> cache;

    /**
     * @param maximumBytes about how much memory the cached scores may take. Bounded by size, not
     *                     by count: a score holds every match of its draft, so ten thousand scores
     *                     of long drafts would be gigabytes, and even of 5 KB articles they were a
     *                     tenth of what the collector had to trace at every cycle under load.
     */
    public CachingScorer(Scorer delegate, LongSupplier version, long maximumBytes) {
        this.delegate = delegate;
        this.version = version;
        this.cache = Caffeine.newBuilder().maximumWeight(maximumBytes).weigher((String key, Score score) -> bytes(score))
                .build();
    }

    /** An estimate of the memory a cached score keeps: its key and fields, and per match the record and its strings. */
    static int bytes(Score score) {
        long bytes = 256 + 2L * score.textHash().length();
        for (ScoredMatch m : score.matches()) {
            // the entry's phrase is the lexicon's own string, not a copy
            bytes += 80 + 2L * m.text().length() + 2L * m.rule().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** What the cached scores weigh now, by {@link #bytes}. */
    long cachedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    @Override
    public Score score(Draft draft) {
        String digest = digest(draft);
        Score cached = cache.getIfPresent(version.getAsLong() + ":" + digest);
        if (cached != null) {
            return cached;
        }
        Score score = delegate.score(draft);
        // stored under the version that actually produced it, so an edit between reading the
        // version and scoring can never file an old score under the new version
        cache.put(score.lexiconVersion() + ":" + digest, score);
        return score;
    }

    /**
     * Each thread's block for a field's chars as bytes: the digest reads the field through it a
     * block at a time, instead of through a UTF-8 copy of the whole field at every check.
     */
    private static final ThreadLocal<byte[]> BLOCK = ThreadLocal.withInitial(() -> new byte[8192]);

    private static String digest(Draft draft) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(draft.format().name().getBytes(StandardCharsets.UTF_8));
            byte[] block = BLOCK.get();
            for (String part : new String[] {draft.title(), draft.sapo(), draft.body()}) {
                md.update((byte) 0);
                md.update(Integer.toString(part.length()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                updateWithChars(md, part, block);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text's UTF-16 code units, high byte first: one to one with the text as sent, as its UTF-8 would be. */
    private static void updateWithChars(MessageDigest md, String text, byte[] block) {
        int n = text.length();
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            block[k++] = (byte) (c >>> 8);
            block[k++] = (byte) c;
            if (k == block.length) {
                md.update(block, 0, k);
                k = 0;
            }
        }
        md.update(block, 0, k);
    }
}
