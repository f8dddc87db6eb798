package vn.tonegate.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of a field, kept column by column: one array per {@link Token} component instead
 * of one object per syllable. A 5 KB article has about a thousand syllables and every one is
 * read again by the matcher and the scorer, each for one or two components at a time; the
 * columns take about 60 % of the memory the objects and their list did, and are read in order. The accessors by index ({@link #key(int)}, {@link #sentence(int)}, …)
 * are what the hot paths use; {@link #get(int)} makes a {@link Token} for everyone else.
 * Immutable once built.
 */
public final class Tokens extends AbstractList<Token> implements RandomAccess {

    private final String[] keys;
    private final int[] keyIds;
    private final String[] folded;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentences;
    private final int[] clauses;
    private final boolean[] numbers;
    private final int size;
    private final int words;
    private final int accentedWords;

    private Tokens(Builder b) {
        keys = b.keys;
        keyIds = b.keyIds;
        folded = b.folded;
        starts = b.starts;
        ends = b.ends;
        sentences = b.sentences;
        clauses = b.clauses;
        numbers = b.numbers;
        size = b.size;
        words = b.words;
        accentedWords = b.accentedWords;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Token get(int i) {
        return new Token(key(i), folded(i), start(i), end(i), sentence(i), clause(i), kind(i));
    }

    public String key(int i) {
        return keys[checked(i)];
    }

    /** The {@linkplain KeyIds number} of {@code key(i)}, or {@link KeyIds#NONE}: always for a number's digits. */
    public int keyId(int i) {
        return keyIds[checked(i)];
    }

    public String folded(int i) {
        return folded[checked(i)];
    }

    public int start(int i) {
        return starts[checked(i)];
    }

    public int end(int i) {
        return ends[checked(i)];
    }

    public int sentence(int i) {
        return sentences[checked(i)];
    }

    public int clause(int i) {
        return clauses[checked(i)];
    }

    public Token.Kind kind(int i) {
        return numbers[checked(i)] ? Token.Kind.NUMBER : Token.Kind.WORD;
    }

    /** How many tokens are syllables of letters rather than numbers. */
    public int wordCount() {
        return words;
    }

    /** How many of the syllables carry a Vietnamese diacritic as written (before keys are made). */
    public int accentedWordCount() {
        return accentedWords;
    }

    /** The arrays are longer than {@code size} while building; an index past it is no token. */
    private int checked(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }

    /** Appends tokens in reading order; {@link #build()} hands the arrays over without copying them, so it is called once. */
    static final class Builder {
        private String[] keys;
        private int[] keyIds;
        private String[] folded;
        private int[] starts;
        private int[] ends;
        private int[] sentences;
        private int[] clauses;
        private boolean[] numbers;
        private int size;
        private int words;
        private int accentedWords;

        Builder(int capacity) {
            keys = new String[capacity];
            keyIds = new int[capacity];
            folded = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            sentences = new int[capacity];
            clauses = new int[capacity];
            numbers = new boolean[capacity];
        }

        /** A syllable of letters, with the keys its spelling was found to have. */
        void addWord(Syllables.Keys syllable, int start, int end, int sentence, int clause) {
            add(syllable.key(), syllable.keyId(), syllable.folded(), start, end, sentence, clause);
            words++;
            if (syllable.accented()) {
                accentedWords++;
            }
        }

        /** A number's digits, which are their own key. */
        void addNumber(String digits, int start, int end, int sentence, int clause) {
            int at = add(digits, KeyIds.NONE, digits, start, end, sentence, clause); // may grow the arrays: index after
            numbers[at] = true;
        }

        /** Appends a token's columns, the arrays grown if they are full; returns its index. */
        private int add(String key, int keyId, String foldedKey, int start, int end, int sentence, int clause) {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad offsets " + start + ".." + end);
            }
            if (size == keys.length) {
                grow();
            }
            keys[size] = key;
            keyIds[size] = keyId;
            folded[size] = foldedKey;
            starts[size] = start;
            ends[size] = end;
            sentences[size] = sentence;
            clauses[size] = clause;
            return size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        private void grow() {
            int capacity = Math.max(8, keys.length * 2);
            keys = Arrays.copyOf(keys, capacity);
            keyIds = Arrays.copyOf(keyIds, capacity);
            folded = Arrays.copyOf(folded, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            sentences = Arrays.copyOf(sentences, capacity);
            clauses = Arrays.copyOf(clauses, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
        }

        Tokens build() {
            return new Tokens(this);
        }
    }
}
