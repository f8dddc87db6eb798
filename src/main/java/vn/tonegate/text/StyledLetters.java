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
            char c = s.charAt(i);
            starts[n] = source.start(i);
            char plain = c;
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                plain = (char) (c - FULLWIDTH_SHIFT);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                char styled = mathematical(Character.toCodePoint(c, s.charAt(i + 1)));
                if (styled != 0) {
                    plain = styled;
                    i++; // the pair is one letter
                }
            }
            text.append(plain);
            ends[n] = source.end(i);
            n++;
        }
        return SourceText.mapped(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private static boolean hasStyled(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && isMathematical(Character.toCodePoint(c, s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMathematical(int codePoint) {
        return codePoint >= MATH_FIRST && codePoint <= MATH_LAST;
    }

    /** The plain letter or digit a mathematical one styles (its compatibility form), 0 when it is none. */
    private static char mathematical(int codePoint) {
        if (!isMathematical(codePoint)) {
            return 0;
        }
        String plain = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return plain.length() == 1 && Character.isLetterOrDigit(plain.charAt(0)) ? plain.charAt(0) : 0;
    }
}
