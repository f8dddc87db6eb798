/**
 * The lexicon: entries (phrases with a category and a weight), the Lucene index that stores
 * and searches them, and the compiled {@link vn.tonegate.lexicon.LexiconMatcher} that finds the
 * longest entries over a field's syllables.
 *
 * <p>Edits go to the index and bump a monotonic version; a new matcher is compiled from the
 * enabled entries and swapped in atomically, so scoring never waits on an edit and every score
 * names the version that produced it. Uses only {@code vn.tonegate.text} of tonegate.
 */
package vn.tonegate.lexicon;
