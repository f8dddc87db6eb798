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

    public CachingScorer(Scorer delegate, LongSupplier version, long maximumSize) {
        this.delegate = delegate;
        this.version = version;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
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

    private static String digest(Draft draft) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(draft.format().name().getBytes(StandardCharsets.UTF_8));
            for (String part : new String[] {draft.title(), draft.sapo(), draft.body()}) {
                md.update((byte) 0);
                md.update(Integer.toString(part.length()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
