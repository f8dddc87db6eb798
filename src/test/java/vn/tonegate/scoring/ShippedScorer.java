package vn.tonegate.scoring;

import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * The shipped lexicon with the default rules, built once for every test class that asserts how
 * the product reads a headline. Its index is in memory, so nothing is left open when the JVM ends.
 */
final class ShippedScorer {

    private static final class Holder {
        static final RuleScorer SCORER = build();

        private static RuleScorer build() {
            VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
            return new RuleScorer(analyzer, LuceneLexicon.shippedInMemory(analyzer), ScoringRules.defaults());
        }
    }

    private ShippedScorer() {
    }

    static Score score(Draft draft) {
        return Holder.SCORER.score(draft);
    }

    /** The label of a headline with no sapo and no body. */
    static Label title(String text) {
        return score(new Draft(text, "", "", Format.TEXT)).label();
    }
}
