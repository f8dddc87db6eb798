package vn.tonegate.text;

/**
 * A field of a draft turned into tokens.
 *
 * @param field      which field
 * @param source     the field exactly as sent; every token's offsets index into it
 * @param visible    the text a reader sees (for HTML: extracted text, alt and captions
 *                   included, script and style never; for plain text: the source itself)
 * @param tokens     syllables and numbers in reading order
 * @param unaccented true when the field is written without Vietnamese diacritics, so folded
 *                   keys may be used for multi-syllable matches
 * @param legacy     true when the field was typed in TCVN3 or VNI-Windows and read back into
 *                   Unicode; {@code visible} is then the repaired text, offsets still index the source
 */
public record AnalyzedField(Field field, String source, String visible, Tokens tokens, boolean unaccented, boolean legacy) {

    /** The original characters of a token, or of tokens {@code from..to} inclusive. */
    public String surface(int from, int to) {
        return source.substring(tokens.start(from), tokens.end(to));
    }
}
