package vn.tonegate.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.Entry;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.scoring.RuleScorer;
import vn.tonegate.scoring.ScoringRules;
import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Token;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * Scoring speed on real news: the whole corpus per operation (MB/s = corpus size / time), one
 * article of about 5 KB, and a naive baseline that looks for every entry with indexOf in the
 * normalized text. {@code lexicon=default} is the shipped lexicon; {@code synthetic100k} adds
 * 100,000 synthetic entries to it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ScoringBench {

    @Param({"default", "synthetic100k"})
    public String lexicon;

    private Corpus corpus;
    private LuceneLexicon index;
    private RuleScorer scorer;
    private VietnameseTextAnalyzer analyzer;
    private Draft median;
    private String medianNormalized;
    private List<String> entryKeys;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        analyzer = new VietnameseTextAnalyzer();
        corpus = Corpus.load();
        index = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
        List<Entry> entries = new ArrayList<>(DefaultLexicon.load());
        if ("synthetic100k".equals(lexicon)) {
            entries.addAll(corpus.syntheticLexicon(100_000, analyzer));
        }
        index.seedIfEmpty(entries);
        scorer = new RuleScorer(analyzer, index, ScoringRules.defaults());
        median = corpus.nearest(5_000);
        StringBuilder normalized = new StringBuilder(" ");
        for (AnalyzedField f : analyzer.analyze(median).fields()) {
            for (Token t : f.tokens()) {
                normalized.append(t.key()).append(' ');
            }
        }
        medianNormalized = normalized.toString();
        entryKeys = entries.stream().map(e -> " " + String.join(" ", analyzer.keys(e.phrase())) + " ").toList();
        System.out.printf("%n[corpus] %d articles, %.2f MB UTF-8; median-like article %d bytes; lexicon %d entries%n",
                corpus.articles.size(), corpus.utf8Bytes / 1e6, Corpus.bytes(median), entries.size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    /** All 4,000 articles: divide the corpus size by this time for MB/s, or by 4,000 for µs per article. */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpus(Blackhole bh) {
        for (Draft d : corpus.articles) {
            bh.consume(scorer.score(d));
        }
    }

    /** The corpus's first stage alone: extraction, normalization and tokens, as {@link #corpus} does it first. */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpusAnalyzeOnly(Blackhole bh) {
        for (Draft d : corpus.articles) {
            bh.consume(analyzer.analyze(d));
        }
    }

    /** The first two stages: tokens, then the lexicon's matches in every field, without the rules. */
    @Benchmark
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpusAnalyzeAndMatch(Blackhole bh) {
        var matcher = index.matcher();
        for (Draft d : corpus.articles) {
            for (AnalyzedField f : analyzer.analyze(d).fields()) {
                bh.consume(matcher.match(f));
            }
        }
    }

    /** One article of about 5 KB, analyzed, matched and scored. */
    @Benchmark
    public Object article5kb() {
        return scorer.score(median);
    }

    /** The naive way: every entry searched with indexOf over the already normalized article. */
    @Benchmark
    public int article5kbNaiveIndexOf() {
        int found = 0;
        for (String key : entryKeys) {
            if (medianNormalized.indexOf(key) >= 0) {
                found++;
            }
        }
        return found;
    }
}
