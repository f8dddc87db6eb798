package vn.tonegate.text;

/**
 * One syllable or number of a field.
 *
 * @param key      the matching key: NFC, lower case, canonical tone placement ("hòa", "thủy",
 *                 "khỏe", "ủy"), U+00D0 read as Đ; digits stay digits
 * @param folded   the key without any diacritic and with đ as d ("hoa", "thuy"), used only
 *                 when the text is unaccented
 * @param start    UTF-16 offset of the first char in the field as sent (inclusive)
 * @param end      UTF-16 offset after the last char in the field as sent (exclusive)
 * @param sentence index of the sentence within the field, from 0; a sentence ends at . ! ? …
 *                 followed by space or end, at a line break, or at an HTML block boundary
 * @param clause   index of the clause within the field, from 0, never decreasing; a clause also
 *                 ends at , ; : ( ) and a spaced dash, so negation scope can stop there
 * @param kind     what the token is
 */
public record Token(String key, String folded, int start, int end, int sentence, int clause, Kind kind) {

    /** Whether a token is a syllable of letters or a number. */
    public enum Kind { WORD, NUMBER }

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
