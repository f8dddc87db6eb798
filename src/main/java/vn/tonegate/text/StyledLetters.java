package vn.tonegate.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Letters of Unicode's styled alphabets read as the plain letters they style: the mathematical
 * bold, italic, script, double-struck … letters and digits (U+1D400–U+1D7FF, each a surrogate
 * pair) and the fullwidth forms of ASCII (U+FF01–U+FF5E). Fanpage posts and clickbait headlines
 * set words in them to stand out ("𝐒𝐨̂́𝐜", "ＳỐＣ") or to slip past keyword filters; a reader sees
 * the word, so it matches like the word. Vietnamese marks typed after such a letter are ordinary
 * combining marks and compose with the plain letter as with any other.
 */
final class StyledLetters {

    private static final int FULLWIDTH_FIRST = 0xFF01;
    private static final int FULLWIDTH_LAST = 0xFF5E;
    /** What a fullwidth form is above its ASCII twin. */
    private static final int FULLWIDTH_SHIFT = 0xFEE0;
    private static final int MATH_FIRST = 0x1D400;
    private static final int MATH_LAST = 0x1D7FF;
    /** The lowest first char of a styled letter: the high surrogate of U+1D400. */
    private static final char STYLED_LEAD_MIN = Character.highSurrogate(MATH_FIRST);

    private StyledLetters() {
    }

    /** The text with each styled letter replaced by its plain one, each char still mapped to what it came from. */
    static SourceText plain(SourceText source) {
        CharSequence s = source.text;
        if (!hasStyled(s)) {
            return source;
        }
        int length = s.length();
        StringBuilder text = new StringBuilder(length);
        int[] starts = new int[length];
        int[] ends = new int[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            starts[n] = source.start(i);
            char plain = plainAt(s, i);
            if (plain == 0) {
                plain = s.charAt(i);
            } else if (Character.isHighSurrogate(s.charAt(i))) {
                i++; // the pair is one letter
            }
            text.append(plain);
            ends[n] = source.end(i);
            n++;
        }
        return SourceText.mapped(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /**
     * Every field passes here and almost none holds a styled letter, so the scan stops only at a
     * char that can start one: a styled letter's first char is the math block's high surrogate or a
     * fullwidth form, both above every Vietnamese letter.
     */
    private static boolean hasStyled(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= STYLED_LEAD_MIN && plainAt(s, i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The plain letter or digit that the styled one starting at {@code i} stands for; 0 when none starts there. */
    private static char plainAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
            return (char) (c - FULLWIDTH_SHIFT);
        }
        if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return 0;
        }
        int codePoint = Character.toCodePoint(c, s.charAt(i + 1));
        if (codePoint < MATH_FIRST || codePoint > MATH_LAST) {
            return 0;
        }
        // its compatibility form
        String plain = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return plain.length() == 1 && Character.isLetterOrDigit(plain.charAt(0)) ? plain.charAt(0) : 0;
    }
}
