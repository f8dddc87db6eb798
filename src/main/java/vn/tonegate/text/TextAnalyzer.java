package vn.tonegate.text;

/**
 * The one extractor every path uses (the score endpoint, publish checks, webhook events, the
 * evaluation command), so the same draft always yields the same tokens.
 */
public interface TextAnalyzer {

    AnalyzedDraft analyze(Draft draft);

    /**
     * The matching key of a lexicon phrase, syllable by syllable, computed exactly as for
     * draft text, so entries and drafts meet on the same keys.
     */
    java.util.List<String> keys(String phrase);

    /** The folded keys of a phrase (no diacritics, đ as d). */
    java.util.List<String> foldedKeys(String phrase);

    /**
     * Names the rules keys are made by, and changes with them: whatever keeps keys made earlier
     * (the lexicon's search index) makes them again when it finds another name beside them.
     */
    String keyRules();
}
