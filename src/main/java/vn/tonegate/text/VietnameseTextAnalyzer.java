package vn.tonegate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
        StringBuilder canonical = new StringBuilder(draft.title().length() + draft.sapo().length() + draft.body().length() + 32);
        for (Field field : Field.values()) {
            String source = draft.source(field);
            if (source.isBlank()) {
                continue;
            }
            SourceText text = draft.format(field) == Format.HTML ? HtmlText.extract(source) : SourceText.plain(source);
            AnalyzedField analyzed = analyze(field, source, text);
            if (analyzed.tokens().isEmpty()) {
                continue;
            }
            fields.add(analyzed);
            canonical.append(field.jsonName()).append(':');
            for (Token t : analyzed.tokens()) {
                canonical.append(' ').append(t.key());
            }
            canonical.append('\n');
        }
        String text = canonical.toString();
        return new AnalyzedDraft(fields, text, sha256(text));
    }

    /** SHA-256 (hex) of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public List<String> keys(String phrase) {
        List<Token> tokens = tokenize(SourceText.plain(phrase), null);
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
        }
        return keys;
    }

    @Override
    public List<String> foldedKeys(String phrase) {
        List<Token> tokens = tokenize(SourceText.plain(phrase), null);
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.folded());
        }
        return keys;
    }

    private static AnalyzedField analyze(Field field, String source, SourceText text) {
        int[] accented = new int[2]; // [words, accented words]
        List<Token> tokens = tokenize(text, accented);
        boolean unaccented = accented[0] >= UNACCENTED_MIN_WORDS && accented[1] < accented[0] * UNACCENTED_RATIO;
        return new AnalyzedField(field, source, text.text.toString(), tokens, unaccented);
    }

    /**
     * One pass over the chars: runs of letters (with combining marks) are syllables, runs of
     * digits (with inner "." or ",") numbers; punctuation decides sentence and clause ends.
     */
    static List<Token> tokenize(SourceText source, int[] accentCount) {
        CharSequence s = source.text;
        int n = s.length();
        char[] chars = s.toString().toCharArray();
        List<Token> tokens = new ArrayList<>(Math.max(8, n / 5));
        int sentence = 0;
        int clause = 0;
        boolean sentenceEnd = false;
        boolean clauseEnd = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetter(chars[j]) || isMark(chars[j]))) {
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
                Syllables.Keys keys = Syllables.keys(chars, i, j);
                tokens.add(new Token(keys.key(), keys.folded(), source.start(i), source.end(j - 1), sentence, clause, Token.Kind.WORD));
                if (accentCount != null) {
                    accentCount[0]++;
                    if (Syllables.accented(chars, i, j)) {
                        accentCount[1]++;
                    }
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
                String digits = s.subSequence(i, j).toString();
                tokens.add(new Token(digits, digits, source.start(i), source.end(j - 1), sentence, clause, Token.Kind.NUMBER));
                i = j;
            } else {
                if (endsSentence(s, i)) {
                    sentenceEnd = true;
                } else if (endsClause(s, i)) {
                    clauseEnd = true;
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** . ! ? … end a sentence when white space, a closing quote or bracket, or the end follows; a line break always does. */
    private static boolean endsSentence(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && isCloser(s.charAt(j))) {
            j++;
        }
        return j >= s.length() || Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '!' || s.charAt(j) == '?';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
    }

    /** , ; : brackets and quotes end a clause, and so does a dash with space on either side. */
    private static boolean endsClause(CharSequence s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '«', '»':
                return true;
            case '-', '–', '—':
                boolean spaceBefore = i > 0 && Character.isWhitespace(s.charAt(i - 1));
                boolean spaceAfter = i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1));
                return c != '-' || spaceBefore || spaceAfter;
            default:
                return false;
        }
    }
}
