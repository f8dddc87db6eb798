package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tonegate.lexicon.Category;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Field;
import vn.tonegate.text.Format;

class CachingScorerTest {

    private static final String HASH = "0".repeat(64);

    /** A score with {@code matches} matches of a two-syllable phrase, as a long draft would give. */
    private static Score scoreWith(int matches) {
        List<ScoredMatch> list = new ArrayList<>();
        for (int i = 0; i < matches; i++) {
            list.add(new ScoredMatch(Field.BODY, 10 * i, 10 * i + 7, "tai nạn", "tai nạn", 1, Category.NEGATIVE, -0.01, ""));
        }
        return new Score(Label.NEGATIVE, -0.5, 0.9, Set.of(), 1, HASH, list);
    }

    @Test
    void aScoreWeighsMoreTheMoreMatchesItKeeps() {
        assertThat(CachingScorer.bytes(scoreWith(1000))).isGreaterThan(50 * CachingScorer.bytes(scoreWith(10)));
        assertThat(CachingScorer.bytes(scoreWith(0))).isPositive();
    }

    @Test
    void theCacheHoldsNoMoreThanItsBytesWhateverTheDraftsWeigh() {
        long budget = 256 * 1024;
        int[] calls = {0};
        Scorer heavy = d -> {
            calls[0]++;
            return scoreWith(500);
        };
        CachingScorer cached = new CachingScorer(heavy, () -> 1, budget);
        for (int i = 0; i < 200; i++) {
            cached.score(new Draft("Bài số " + i, "", "", Format.TEXT));
        }
        // filled to about its budget, and no further
        assertThat(cached.cachedBytes()).isGreaterThan(budget / 2).isLessThanOrEqualTo(budget);
        assertThat(calls[0]).isEqualTo(200);
    }

    @Test
    void aScoreHeavierThanTheWholeCacheIsStillAnswered() {
        CachingScorer cached = new CachingScorer(d -> scoreWith(5000), () -> 1, 64 * 1024);
        assertThat(cached.score(new Draft("Bài rất dài", "", "", Format.TEXT)).matches()).hasSize(5000);
        assertThat(cached.cachedBytes()).isZero();
    }

    @Test
    void aDraftIsScoredOnceAndEveryOtherDraftApart() {
        List<Draft> scored = new ArrayList<>();
        CachingScorer cached = new CachingScorer(d -> {
            scored.add(d);
            return scoreWith(1);
        }, () -> 1, 1024 * 1024);
        String longBody = "Người dân vui mừng đón Tết. ".repeat(1000); // longer than a block of the digest
        List<Draft> drafts = List.of(
                new Draft("Hòa bình", "", longBody, Format.TEXT),
                new Draft("Hoà bình", "", longBody, Format.TEXT), // the same words spelled otherwise: offsets differ
                new Draft("Hòa bình", "", longBody + "!", Format.TEXT),
                new Draft("Hòa bình", "", longBody, Format.HTML),
                new Draft("Hòa", " bình", longBody, Format.TEXT), // the same chars, split between fields otherwise
                new Draft("Hòa bình", "", longBody, Format.TEXT), // equal to the first, another object
                new Draft("H\u01f2a bình", "", longBody, Format.TEXT)); // "ǲ" for "ò": the same low byte, another high one
        for (Draft d : drafts) {
            cached.score(d);
            cached.score(d);
        }
        assertThat(scored).as("each distinct draft once, the repeat of the first from the cache")
                .containsExactly(drafts.get(0), drafts.get(1), drafts.get(2), drafts.get(3), drafts.get(4), drafts.get(6));
    }
}
