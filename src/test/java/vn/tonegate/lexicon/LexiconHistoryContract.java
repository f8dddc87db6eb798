package vn.tonegate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * The lexicon's history over a {@link LexiconStore}: rollback to any version, and several
 * nodes (each with its own index) sharing one store. Runs on every store.
 */
abstract class LexiconHistoryContract {

    final VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
    private final List<LuceneLexicon> opened = new ArrayList<>();
    LexiconStore store;

    abstract LexiconStore openStore();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeNodes() throws Exception {
        for (LuceneLexicon l : opened) {
            l.close();
        }
    }

    /** A node of the deployment: its own index over the shared store. */
    LuceneLexicon node() {
        LuceneLexicon l = new LuceneLexicon(new ByteBuffersDirectory(), analyzer, store);
        opened.add(l);
        return l;
    }

    private static Entry e(String phrase, Category c) {
        return new Entry(0, phrase, c, 2, "test", true);
    }

    private List<String> matched(LuceneLexicon lexicon, String text) {
        AnalyzedField f = analyzer.analyze(new Draft(text, "", "", Format.TEXT)).fields().get(0);
        return lexicon.matcher().match(f).stream().map(m -> f.surface(m.from(), m.to())).toList();
    }

    private static List<String> phrases(LuceneLexicon lexicon) {
        return lexicon.search(null, null, 100).stream().map(x -> x.phrase() + "/" + x.weight() + "/" + x.enabled()).sorted().toList();
    }

    @Test
    void aRollbackUndoesAddsEditsAndDeletesAsANewVersion() {
        LuceneLexicon lexicon = node();
        List<Entry> first = lexicon.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("lũ quét", Category.NEGATIVE),
                e("khánh thành", Category.POSITIVE)));
        long v1 = lexicon.version();
        List<String> atV1 = phrases(lexicon);

        Entry accident = first.get(0);
        lexicon.update(accident.id(), new Entry(0, "tai nạn", Category.NEGATIVE, 3.5, "stronger", false));
        lexicon.delete(first.get(1).id());
        lexicon.add(e("sạt lở", Category.NEGATIVE));
        long v4 = lexicon.version();
        List<String> atV4 = phrases(lexicon);
        assertThat(matched(lexicon, "Tai nạn, lũ quét và sạt lở")).containsExactly("sạt lở");

        long v5 = lexicon.rollbackTo(v1);
        assertThat(v5).isEqualTo(v4 + 1);
        assertThat(phrases(lexicon)).isEqualTo(atV1);
        assertThat(lexicon.get(accident.id())).contains(accident);
        assertThat(matched(lexicon, "Tai nạn, lũ quét và sạt lở")).containsExactly("Tai nạn", "lũ quét");

        // history is kept, so the rollback itself can be undone
        assertThat(lexicon.rollbackTo(v4)).isEqualTo(v5 + 1);
        assertThat(phrases(lexicon)).isEqualTo(atV4);
        assertThat(store.at(v1).stream().map(Entry::phrase)).containsExactly("tai nạn", "lũ quét", "khánh thành");
    }

    @Test
    void aRollbackToAVersionThatNeverExistedIsRefusedAndChangesNothing() {
        LuceneLexicon lexicon = node();
        lexicon.add(e("tai nạn", Category.NEGATIVE));
        long v = lexicon.version();
        assertThatThrownBy(() -> lexicon.rollbackTo(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lexicon.rollbackTo(v + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(lexicon.rollbackTo(v)).as("already there: no new version").isEqualTo(v);
        assertThat(lexicon.version()).isEqualTo(v);
        assertThat(store.version()).isEqualTo(v);
    }

    @Test
    void nodesSharingAStoreSeeEachOthersEditsAndNeverLoseOne() {
        LuceneLexicon a = node();
        a.seedIfEmpty(List.of(e("tai nạn", Category.NEGATIVE)));
        LuceneLexicon b = node();
        b.seedIfEmpty(List.of(e("tai nạn", Category.NEGATIVE), e("thảm họa", Category.NEGATIVE)));
        assertThat(b.size()).as("the store was seeded once, by the first node").isEqualTo(1);
        assertThat(b.version()).isEqualTo(a.version());

        a.add(e("lũ quét", Category.NEGATIVE));
        assertThat(matched(b, "Lũ quét")).isEmpty();
        b.refresh();
        assertThat(b.version()).isEqualTo(a.version());
        assertThat(matched(b, "Lũ quét")).containsExactly("Lũ quét");

        // b writes while a has not caught up: a's next write retries on the fresh state
        b.add(e("sạt lở", Category.NEGATIVE));
        a.add(e("khánh thành", Category.POSITIVE));
        assertThat(a.version()).isEqualTo(store.version()).isEqualTo(b.version() + 1);
        b.refresh();
        assertThat(phrases(a)).isEqualTo(phrases(b)).hasSize(4);
        assertThat(matched(a, "sạt lở")).containsExactly("sạt lở");
    }

    @Test
    void aNewNodeBuildsItsIndexFromTheStore() {
        LuceneLexicon a = node();
        a.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("lũ quét", Category.NEGATIVE)));
        a.delete(a.search("lu quet", null, 1).get(0).id());
        LuceneLexicon fresh = node();
        assertThat(fresh.version()).isEqualTo(a.version());
        assertThat(phrases(fresh)).isEqualTo(phrases(a));
        assertThat(fresh.search("tai nan", null, 10)).extracting(Entry::phrase).containsExactly("tai nạn");
    }
}
