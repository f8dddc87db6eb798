package vn.tonegate.lexicon;

import java.util.List;

import vn.tonegate.text.AnalyzedField;

/**
 * The enabled entries of one lexicon version compiled for matching. Immutable and safe to
 * share across threads.
 */
public interface LexiconMatcher {

    /** The lexicon version this matcher was compiled from. */
    long version();

    /**
     * Finds entries left to right, the longest at each position winning and matched tokens
     * consumed, never across a sentence boundary. Folded keys are used only when the field is
     * unaccented, and only for entries of two or more syllables.
     */
    List<LexiconMatch> match(AnalyzedField field);
}
