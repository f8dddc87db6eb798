package vn.tonegate.lexicon;

/**
 * An entry found over a field's tokens.
 *
 * @param entry  the entry
 * @param from   index of its first token in the field
 * @param to     index of its last token (inclusive)
 * @param folded true when it matched through folded (unaccented) keys
 */
public record LexiconMatch(Entry entry, int from, int to, boolean folded) {
}
