package vn.tonegate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonegate.text.VietnameseTextAnalyzer;

/** The shipped lexicon as data: every entry explains itself, and no phrase is listed twice. */
class DefaultLexiconTest {

    private final List<Entry> entries = DefaultLexicon.load();

    @Test
    void everyEntryHasANote() {
        assertThat(entries).allSatisfy(e -> assertThat(e.note()).as(e.phrase()).isNotBlank());
    }

    /**
     * Two rows with the same keys (case, tone placement and Unicode form aside) compile to one
     * entry, the later: the earlier row is dead and its weight misleads whoever reads the file.
     */
    @Test
    void noPhraseIsListedTwice() {
        VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
        Map<List<String>, Entry> byKeys = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Entry e : entries) {
            Entry before = byKeys.put(analyzer.keys(e.phrase()), e);
            if (before != null) {
                twice.add(before.phrase() + " / " + e.phrase());
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void weightsAreInTheRangeTheirCategoryMeans() {
        assertThat(entries).filteredOn(e -> e.category() == Category.NEGATOR)
                .allSatisfy(e -> assertThat(e.weight()).as(e.phrase()).isBetween(0.0, 1.0));
        assertThat(entries).filteredOn(e -> e.category() == Category.REMEDIAL || e.category() == Category.DECLINE)
                .allSatisfy(e -> assertThat(e.weight()).as(e.phrase()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0));
        assertThat(entries).filteredOn(e -> e.category().isSentiment())
                .allSatisfy(e -> assertThat(e.weight()).as(e.phrase()).isGreaterThan(0.0).isLessThanOrEqualTo(4.0));
    }
}
