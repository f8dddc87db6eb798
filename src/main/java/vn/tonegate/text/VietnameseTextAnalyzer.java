package vn.tonegate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The one text analyzer: plain or HTML fields to syllable and number tokens with matching keys,
 * sentence and clause indexes, and UTF-16 offsets into the field exactly as sent.
 * Stateless and thread-safe.
 */
public final class VietnameseTextAnalyzer implements TextAnalyzer {

    /** Below this share of accented syllables a field counts as written without diacritics. */
    static final double UNACCENTED_RATIO = 0.1;
    /** Fewer syllables than this say too little to call a field unaccented. */
    static final int UNACCENTED_MIN_WORDS = 4;

    @Override
    public AnalyzedDraft analyze(Draft draft) {
        List<AnalyzedField> fields = new ArrayList<>(3);
        // sized once: the keys are about as long as the text, and regrowing copies it all again
        CanonicalHash canonical = new CanonicalHash(draft.title().length() + draft.sapo().length() + draft.body().length() + 32);
        for (Field field : Field.values()) {
            String source = draft.source(field);
            if (source.isBlank()) {
                continue;
            }
            SourceText extracted = draft.format(field) == Format.HTML ? HtmlText.extract(source) : SourceText.plain(source);
            SourceText plain = StyledLetters.plain(extracted);
            SourceText text = LegacyVietnamese.repair(plain);
            canonical.mark();
            canonical.appendAscii(field.jsonName());
            canonical.appendAscii(':');
            AnalyzedField analyzed = analyze(field, source, text, text != plain, canonical);
            if (analyzed.tokens().isEmpty()) {
                canonical.resetToMark();
                continue;
            }
            fields.add(analyzed);
            canonical.appendAscii('\n');
        }
        return new AnalyzedDraft(fields, canonical.sha256());
    }

    /** SHA-256 (hex) of the text's UTF-8 bytes. */
    static String sha256(String text) {
        return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final MessageDigest SHA256_PROTOTYPE;

    static {
        try {
            SHA256_PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A fresh SHA-256 digest; a clone of a prototype skips the provider look-up of getInstance. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException never) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", never);
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The UTF-8 bytes of a draft's canonical text, built as its tokens are found, so hashing it
     * copies each syllable's memoized bytes instead of encoding the whole text again. Only the
     * bytes are kept: the text itself is rebuilt from the tokens by {@link AnalyzedDraft#canonicalText()}
     * when someone asks for it, which scoring never does.
     */
    static final class CanonicalHash {
        private byte[] utf8;
        private int byteLength;
        private int markByteLength;

        CanonicalHash(int capacity) {
            utf8 = Scratch.bytes(capacity * 2);
        }

        void mark() {
            markByteLength = byteLength;
        }

        /** Forgets everything appended since the last {@link #mark()}: a field without tokens has no line. */
        void resetToMark() {
            byteLength = markByteLength;
        }

        void appendAscii(char c) {
            ensure(1);
            utf8[byteLength++] = (byte) c;
        }

        void appendAscii(String ascii) {
            int n = ascii.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                utf8[byteLength++] = (byte) ascii.charAt(i);
            }
        }

        /** A space, then a syllable's key. */
        void appendKey(Syllables.Keys keys) {
            append(keys.keyUtf8());
        }

        /** A space, then a token's UTF-8 bytes. */
        private void append(byte[] bytes) {
            ensure(bytes.length + 1);
            utf8[byteLength++] = ' ';
            System.arraycopy(bytes, 0, utf8, byteLength, bytes.length);
            byteLength += bytes.length;
        }

        /** A space, then a number's digits (ASCII but for a rare digit of another script after a separator). */
        void appendNumber(String digits) {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) >= 0x80) {
                    append(digits.getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            appendAscii(' ');
            appendAscii(digits);
        }

        private void ensure(int moreBytes) {
            if (byteLength + moreBytes > utf8.length) {
                utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, byteLength + moreBytes));
            }
        }

        String sha256() {
            MessageDigest digest = VietnameseTextAnalyzer.sha256();
            digest.update(utf8, 0, byteLength);
            return hex(digest.digest());
        }
    }

    /**
     * Old-style tone placement since the start; the rhyme "i" after a consonant spelled "i" since 2;
     * since 3 only after the onsets where "y" spells a word ("kỹ", "lý", "quy"), not a name ("Vy").
     */
    static final String KEY_RULES = "vi-3";

    @Override
    public String keyRules() {
        return KEY_RULES;
    }

    @Override
    public List<String> keys(String phrase) {
        Tokens tokens = tokenize(StyledLetters.plain(SourceText.plain(phrase)), null);
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(tokens.key(i));
        }
        return keys;
    }

    @Override
    public List<String> foldedKeys(String phrase) {
        Tokens tokens = tokenize(StyledLetters.plain(SourceText.plain(phrase)), null);
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(tokens.folded(i));
        }
        return keys;
    }

    private static AnalyzedField analyze(Field field, String source, SourceText text, boolean legacy, CanonicalHash canonical) {
        Tokens tokens = tokenize(text, canonical);
        int words = tokens.wordCount();
        boolean unaccented = words >= UNACCENTED_MIN_WORDS && tokens.accentedWordCount() < words * UNACCENTED_RATIO;
        return new AnalyzedField(field, source, text.text.toString(), tokens, unaccented, legacy);
    }

    /**
     * One pass over the chars: runs of letters (with combining marks) are syllables, runs of
     * digits (with inner "." or ",") numbers; punctuation decides sentence and clause ends.
     * Each token's key is also appended to {@code canonical}, when given.
     */
    static Tokens tokenize(SourceText source, CanonicalHash canonical) {
        CharSequence s = source.text;
        int n = s.length();
        char[] chars = Scratch.chars(n);
        if (s instanceof String string) {
            string.getChars(0, n, chars, 0);
        } else {
            ((StringBuilder) s).getChars(0, n, chars, 0);
        }
        // a syllable and its space take about five chars: a quarter rarely has to grow
        Tokens.Builder tokens = new Tokens.Builder(8 + n / 4);
        int sentence = 0;
        int clause = 0;
        boolean sentenceEnd = false;
        boolean clauseEnd = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (CHAR_KINDS[c] == LETTER) {
                // the spelling's String.hashCode, taken while its end is looked for: the cache is keyed by it
                int hash = c;
                int j = i + 1;
                while (j < n) {
                    char d = chars[j];
                    if (CHAR_KINDS[d] == OTHER) {
                        break;
                    }
                    hash = 31 * hash + d;
                    j++;
                }
                if (!tokens.isEmpty()) {
                    if (sentenceEnd) {
                        sentence++;
                        clause++;
                    } else if (clauseEnd) {
                        clause++;
                    }
                }
                sentenceEnd = clauseEnd = false;
                Syllables.Keys keys = Syllables.keys(chars, i, j, hash);
                tokens.addWord(keys, source.start(i), source.end(j - 1), sentence, clause);
                if (canonical != null) {
                    canonical.appendKey(keys);
                }
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n) {
                    char d = chars[j];
                    if (d >= '0' && d <= '9') {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(chars[j + 1])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (!tokens.isEmpty()) {
                    if (sentenceEnd) {
                        sentence++;
                        clause++;
                    } else if (clauseEnd) {
                        clause++;
                    }
                }
                sentenceEnd = clauseEnd = false;
                String digits = new String(chars, i, j - i);
                tokens.addNumber(digits, source.start(i), source.end(j - 1), sentence, clause);
                if (canonical != null) {
                    canonical.appendNumber(digits);
                }
                i = j;
            } else {
                if (endsSentence(chars, i, n)) {
                    sentenceEnd = true;
                } else if (endsClause(chars, i, n)) {
                    clauseEnd = true;
                }
                i++;
            }
        }
        return tokens.build();
    }

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte MARK = 2;

    /**
     * What every UTF-16 char is to the tokenizer, worked out once (64 KB): a letter, which may
     * start a syllable; a combining mark, which may only continue one; or anything else.
     * Asking Character for the Unicode type of every char, twice for most, cost more than
     * finding the syllables' keys.
     */
    private static final byte[] CHAR_KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType(c);
            if (Character.isLetter((char) c)) {
                CHAR_KINDS[c] = LETTER;
            } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                CHAR_KINDS[c] = MARK;
            }
        }
    }

    /**
     * Whether the char at {@code i} of the field's chars {@code s[0, n)} ends a sentence: . ! ? … do
     * when white space, a closing quote or bracket, or the field's end follows; a line break always
     * does. {@code s} may go on past {@code n} with what an earlier field left there.
     */
    private static boolean endsSentence(char[] s, int i, int n) {
        char c = s[i];
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        int j = i + 1;
        while (j < n && isCloser(s[j])) {
            j++;
        }
        return j >= n || Character.isWhitespace(s[j]) || s[j] == '.' || s[j] == '!' || s[j] == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
    }

    /**
     * , ; : and brackets end a clause, and so does a dash with space on either side. Double quotes
     * do not: headlines put scare quotes around a charged or borrowed word to stress it
     * ('công trình "đắp chiếu"', 'lợi nhuận "bốc hơi"'), and the word still belongs to the clause it
     * stands in; quoted speech is set off by the colon or comma before it.
     */
    private static boolean endsClause(char[] s, int i, int n) {
        char c = s[i];
        switch (c) {
            case ',', ';', ':', '(', ')', '[', ']':
                return true;
            case '-', '–', '—':
                boolean spaceBefore = i > 0 && Character.isWhitespace(s[i - 1]);
                boolean spaceAfter = i + 1 < n && Character.isWhitespace(s[i + 1]);
                return c != '-' || spaceBefore || spaceAfter;
            default:
                return false;
        }
    }
}
