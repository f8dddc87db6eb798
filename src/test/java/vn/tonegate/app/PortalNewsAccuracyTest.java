package vn.tonegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.scoring.Evaluation;
import vn.tonegate.scoring.Label;
import vn.tonegate.scoring.RuleScorer;
import vn.tonegate.scoring.ScoringRules;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * The shipped lexicon and rules on the project's own portal news sets (src/test/resources/eval),
 * through the evaluation command's code path. The floors sit a little under today's figures, so a
 * lexicon or rule change that loses accuracy on the news portals publish fails the build, and one
 * that only moves an item or two does not.
 */
class PortalNewsAccuracyTest {

    private static LuceneLexicon lexicon;
    private static Evaluate evaluate;

    @BeforeAll
    static void load() {
        VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
        lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
        lexicon.seedIfEmpty(DefaultLexicon.load());
        evaluate = new Evaluate(analyzer, new RuleScorer(analyzer, lexicon, ScoringRules.defaults()));
    }

    @AfterAll
    static void close() throws Exception {
        lexicon.close();
    }

    private static Evaluation evaluate(String file) throws Exception {
        return new Evaluation(evaluate.score(Path.of("src/test/resources/eval", file)));
    }

    @Test
    void developmentSetStaysAccurate() throws Exception {
        Evaluation e = evaluate("portal_news.jsonl");
        assertThat(e.size()).isEqualTo(420);
        assertThat(e.macroF1()).isGreaterThanOrEqualTo(0.93);
        assertThat(e.recall(Label.NEGATIVE)).isGreaterThanOrEqualTo(0.95);
        assertThat(Math.abs(e.predictedNegativeShare() - e.goldNegativeShare())).isLessThanOrEqualTo(0.03);
    }

    @Test
    void heldOutSetStaysAccurate() throws Exception {
        Evaluation e = evaluate("portal_news_holdout.jsonl");
        assertThat(e.size()).isEqualTo(360);
        assertThat(e.macroF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.recall(Label.NEGATIVE)).isGreaterThanOrEqualTo(0.93);
        assertThat(Math.abs(e.predictedNegativeShare() - e.goldNegativeShare())).isLessThanOrEqualTo(0.03);
    }
}
