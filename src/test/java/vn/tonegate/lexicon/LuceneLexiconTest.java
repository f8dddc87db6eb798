package vn.tonegate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonegate.text.AnalyzedDraft;
import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.VietnameseTextAnalyzer;

class LuceneLexiconTest {

    private final VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
    private final LuceneLexicon lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);

    @AfterEach
    void close() throws Exception {
        lexicon.close();
    }

    private static Entry e(String phrase, Category c) {
        return new Entry(0, phrase, c, c == Category.NEGATOR ? 0.75 : 2, "test", true);
    }

    private AnalyzedField field(String text) {
        return analyzer.analyze(new Draft(text, "", "", Format.TEXT)).fields().get(0);
    }

    private List<String> matched(String text) {
        AnalyzedField f = field(text);
        return lexicon.matcher().match(f).stream().map(m -> f.surface(m.from(), m.to())).toList();
    }

    @Test
    void theLongestEntryWinsAndTheShorterOneStillMatchesAlone() {
        lexicon.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("tai nạn giao thông", Category.NEGATIVE),
                e("tử vong", Category.NEGATIVE)));
        assertThat(matched("Tai nạn giao thông làm 3 người tử vong")).containsExactly("Tai nạn giao thông", "tử vong");
        assertThat(matched("Tai nạn lao động")).containsExactly("Tai nạn");
    }

    @Test
    void neutralCompoundsShadowTheShorterEntriesInsideThem() {
        lexicon.addAll(List.of(e("không", Category.NEGATOR), e("không khí", Category.NEUTRAL), e("ô nhiễm", Category.NEGATIVE)));
        AnalyzedField f = field("Chất lượng không khí ô nhiễm");
        List<LexiconMatch> m = lexicon.matcher().match(f);
        assertThat(m).extracting(x -> x.entry().category()).containsExactly(Category.NEUTRAL, Category.NEGATIVE);
    }

    @Test
    void matchesNeverCrossASentence() {
        lexicon.add(e("tai nạn", Category.NEGATIVE));
        assertThat(matched("Không có tai. Nạn nhân ổn")).isEmpty();
    }

    @Test
    void foldedKeysMatchOnlyUnaccentedTextAndOnlyEntriesOfTwoSyllablesOrMore() {
        lexicon.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("mà", Category.NEGATIVE)));
        assertThat(matched("Tai nan giao thong tren duong ma dem qua")).containsExactly("Tai nan");
        assertThat(lexicon.matcher().match(field("Tai nan giao thong tren duong ma")).get(0).folded()).isTrue();
        // accented text never uses folded keys: "tai nán" is not "tai nạn"
        assertThat(matched("Bán tai nán lợn ở chợ quê")).isEmpty();
    }

    @Test
    void disabledEntriesDoNotMatchButStaySearchable() {
        Entry stored = lexicon.add(new Entry(0, "tai nạn", Category.NEGATIVE, 2, "off", false));
        assertThat(matched("Tai nạn")).isEmpty();
        assertThat(lexicon.search("tai", null, 10)).extracting(Entry::id).containsExactly(stored.id());
    }

    @Test
    void searchFindsPrefixesWithOrWithoutDiacriticsAndFiltersByCategory() {
        lexicon.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("tai nạn giao thông", Category.NEGATIVE),
                e("tài trợ", Category.POSITIVE), e("không", Category.NEGATOR)));
        assertThat(lexicon.search("tai nạ", null, 10)).extracting(Entry::phrase).containsExactly("tai nạn", "tai nạn giao thông");
        assertThat(lexicon.search("tai n", null, 10)).extracting(Entry::phrase).containsExactly("tai nạn", "tai nạn giao thông");
        assertThat(lexicon.search("tai", Category.POSITIVE, 10)).extracting(Entry::phrase).containsExactly("tài trợ");
        assertThat(lexicon.search("", Category.NEGATOR, 10)).extracting(Entry::phrase).containsExactly("không");
    }

    @Test
    void everyChangeBumpsTheVersionAndTheMatcherFollows() {
        long v0 = lexicon.version();
        Entry a = lexicon.add(e("cháy", Category.NEGATIVE));
        assertThat(lexicon.version()).isEqualTo(v0 + 1);
        assertThat(lexicon.matcher().version()).isEqualTo(v0 + 1);
        lexicon.update(a.id(), new Entry(0, "cháy rừng", Category.NEGATIVE, 3, "x", true));
        assertThat(matched("Cháy nhà")).isEmpty();
        assertThat(matched("Cháy rừng")).containsExactly("Cháy rừng");
        assertThat(lexicon.delete(a.id())).isTrue();
        assertThat(lexicon.version()).isEqualTo(v0 + 3);
        assertThat(lexicon.delete(a.id())).isFalse();
        assertThat(lexicon.update(999, e("x", Category.POSITIVE))).isEmpty();
    }

    @Test
    void addAllIsAllOrNothing() {
        long v0 = lexicon.version();
        assertThatThrownBy(() -> lexicon.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("một hai ba bốn năm sáu bảy", Category.NEGATIVE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 6 syllables");
        assertThat(lexicon.size()).isZero();
        assertThat(lexicon.version()).isEqualTo(v0);
    }

    @Test
    void versionAndEntriesSurviveReopening(@TempDir Path dir) throws Exception {
        long version;
        try (LuceneLexicon first = new LuceneLexicon(FSDirectory.open(dir), analyzer)) {
            first.addAll(List.of(e("tai nạn", Category.NEGATIVE), e("cứu trợ", Category.POSITIVE)));
            first.add(e("lũ quét", Category.NEGATIVE));
            version = first.version();
        }
        try (LuceneLexicon again = new LuceneLexicon(FSDirectory.open(dir), analyzer)) {
            assertThat(again.version()).isEqualTo(version);
            assertThat(again.size()).isEqualTo(3);
            Entry next = again.add(e("sạt lở", Category.NEGATIVE));
            assertThat(next.id()).isEqualTo(4);
            assertThat(again.matcher().match(field("Lũ quét và sạt lở"))).hasSize(2);
        }
    }

    @Test
    void anIndexWhoseKeysWereMadeByOtherRulesIsIndexedAgainOnOpening(@TempDir Path dir) throws Exception {
        // an older release's keys, stood for by keys in upper case under another name of rules
        TextAnalyzer older = new TextAnalyzer() {
            @Override
            public AnalyzedDraft analyze(Draft draft) {
                return analyzer.analyze(draft);
            }

            @Override
            public List<String> keys(String phrase) {
                return analyzer.keys(phrase).stream().map(k -> k.toUpperCase(Locale.ROOT)).toList();
            }

            @Override
            public List<String> foldedKeys(String phrase) {
                return analyzer.foldedKeys(phrase).stream().map(k -> k.toUpperCase(Locale.ROOT)).toList();
            }

            @Override
            public String keyRules() {
                return "older";
            }
        };
        long version;
        try (LuceneLexicon first = new LuceneLexicon(FSDirectory.open(dir), older)) {
            first.addAll(List.of(e("quy định", Category.NEUTRAL), e("tai nạn", Category.NEGATIVE)));
            version = first.version();
        }
        try (LuceneLexicon again = new LuceneLexicon(FSDirectory.open(dir), analyzer)) {
            assertThat(again.search("qui đ", null, 10)).extracting(Entry::phrase).containsExactly("quy định");
            assertThat(again.search("tai n", null, 10)).extracting(Entry::phrase).containsExactly("tai nạn");
            assertThat(again.version()).isEqualTo(version); // the same entries, only indexed again
        }
    }

    @Test
    void seedingHappensOnlyOnAnEmptyIndex() {
        lexicon.seedIfEmpty(List.of(e("tai nạn", Category.NEGATIVE)));
        lexicon.seedIfEmpty(List.of(e("cháy", Category.NEGATIVE)));
        assertThat(lexicon.size()).isEqualTo(1);
        assertThat(lexicon.version()).isEqualTo(1);
    }

    @Test
    void matchingGoesOnWhileAnotherThreadEdits() throws Exception {
        lexicon.add(e("tai nạn", Category.NEGATIVE));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AnalyzedField f = field("Tai nạn giao thông");
        Future<Integer> reader = pool.submit(() -> {
            int runs = 0;
            while (!stop.get()) {
                LexiconMatcher m = lexicon.matcher();
                List<LexiconMatch> found = m.match(f);
                assertThat(found).hasSize(1); // either "tai nạn" or the longer entry, never both, never none
                runs++;
            }
            return runs;
        });
        List<Entry> added = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            added.add(lexicon.add(e("tai nạn giao thông", Category.NEGATIVE)));
            lexicon.delete(added.get(added.size() - 1).id());
        }
        stop.set(true);
        assertThat(reader.get(10, TimeUnit.SECONDS)).isPositive();
        pool.shutdown();
    }

    @Test
    void theDefaultLoaderNamesTheFileAndLineOfABadRow() {
        assertThat(DefaultLexicon.load("lexicon-test/", getClass().getClassLoader())).hasSize(2);
        assertThatThrownBy(() -> DefaultLexicon.load("lexicon-bad/", getClass().getClassLoader()))
                .hasMessageContaining("lexicon-bad/bad.tsv line 2").hasMessageContaining("unknown category");
        assertThatThrownBy(() -> DefaultLexicon.load("lexicon-none/", getClass().getClassLoader()))
                .hasMessageContaining("missing lexicon resource");
    }

    @Test
    void aBadRowIsReportedWithItsLine() {
        assertThatThrownBy(() -> DefaultLexicon.parse("cháy\tnowhere\t2\tbad")).hasMessageContaining("unknown category");
        assertThatThrownBy(() -> DefaultLexicon.parse("cháy\tnegative\t2")).hasMessageContaining("4 tab-separated");
        assertThatThrownBy(() -> DefaultLexicon.parse("cháy\tnegative\tmany\tx")).hasMessageContaining("not a number");
    }

    @Test
    void theShippedLexiconLoadsAndCompiles() {
        List<Entry> defaults = DefaultLexicon.load();
        assertThat(defaults).hasSizeGreaterThan(100);
        lexicon.seedIfEmpty(defaults);
        assertThat(matched("Cháy rừng nghiêm trọng")).isNotEmpty();
    }
}
