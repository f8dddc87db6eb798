package vn.tonegate.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small number for each distinct syllable key, the same for the life of the JVM, so that a
 * lexicon can number a draft's syllables with an array read instead of a hash look-up by String:
 * that look-up read three arrays and often the String, at every token of every draft.
 *
 * <p>Every syllable the tokenizer memoizes carries its key's number ({@link Tokens#keyId(int)});
 * a lexicon asks for the numbers of its own keys with {@link #of(String)}. Numbers run from 0 in
 * the order keys are first seen, so the frequent syllables, met first, get the small ones. Past
 * {@link #LIMIT} keys no more are given out: such a key, like a number's digits, has {@link #NONE}
 * and is looked up by its String.
 */
public final class KeyIds {

    /** The number of a key that has none. */
    public static final int NONE = -1;

    /** As many keys as the syllable memo holds spellings: beyond that, text is not Vietnamese syllables. */
    static final int LIMIT = 200_000;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private KeyIds() {
    }

    /**
     * The key's number, given out now if it has none yet; {@link #NONE} once the limit is reached.
     * Equal keys always get the same number, and a key once numbered keeps it; a key refused a
     * number may be refused or numbered later, so a lexicon whose keys are not all numbered must
     * not rely on the numbers.
     */
    public static int of(String key) {
        Integer id = IDS.get(key);
        if (id != null) {
            return id;
        }
        if (IDS.size() >= LIMIT) {
            return NONE;
        }
        return IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
    }
}
