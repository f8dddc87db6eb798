package vn.tonegate.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;

import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.scoring.RuleScorer;
import vn.tonegate.scoring.ScoringRules;
import vn.tonegate.text.Draft;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * Two builds of the scorer side by side in one JVM, each in a class loader of its own, scoring
 * the corpus in turn, pass after pass: on a machine whose speed moves by a fifth from one run to
 * the next, the noise then falls on both alike, and the ratio of each pair of passes says what
 * separate runs cannot. Prints each build's passes (thread CPU) and the median ratio B/A with its
 * quartiles. A build compared with itself gave 1.02, 0.99 and once 0.85 (over 16 pairs), so a
 * change shows only beyond about 15 %, and a single run decides nothing: run it again, and swapped.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:exec -Dbench.main=vn.tonegate.bench.SideBySide \
 *     -Dbench.args="--a /path/to/other/target/classes --b target/classes --stage score --passes 36"</pre>
 *
 * {@code --stage analyze} times the analyzer alone, {@code score} the whole scorer. The class path
 * the bench runs on must hold the test classes and the libraries; each build's main classes come
 * first in its own loader.
 */
public final class SideBySide {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = GateLoad.options(args);
        String stage = opts.getOrDefault("stage", "score");
        int passes = Integer.parseInt(opts.getOrDefault("passes", "36"));
        Method[] pass = {passOf(opts.get("a"), stage), passOf(opts.get("b"), stage)};
        long[][] nanos = new long[2][passes];
        for (int p = 0; p < passes; p++) {
            for (int k = 0; k < 2; k++) {
                int which = p % 2 == 0 ? k : 1 - k; // each build goes first every other pass
                nanos[which][p] = (long) pass[which].invoke(null);
            }
        }
        int warm = passes / 3;
        double[] ratios = new double[passes - warm];
        for (int p = warm; p < passes; p++) {
            ratios[p - warm] = (double) nanos[1][p] / nanos[0][p];
        }
        Arrays.sort(ratios);
        for (int k = 0; k < 2; k++) {
            long[] sorted = Arrays.copyOfRange(nanos[k], warm, passes);
            Arrays.sort(sorted);
            System.out.printf("[side by side] %s: %s, passes after warm-up: min %.1f ms, median %.1f ms%n", k == 0 ? "A" : "B",
                    opts.get(k == 0 ? "a" : "b"), sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6);
        }
        System.out.printf("[side by side] %s, B/A median ratio %.3f (quartiles %.3f–%.3f) over %d pairs%n", stage,
                ratios[ratios.length / 2], ratios[ratios.length / 4], ratios[3 * ratios.length / 4], ratios.length);
    }

    /** {@link Pass#pass} as loaded, with its build's classes first, by a loader of its own. */
    private static Method passOf(String classes, String stage) throws Exception {
        if (classes == null) {
            throw new IllegalArgumentException("--a and --b name the two builds' class folders");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(new File(classes).toURI().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass(Pass.class.getName());
        type.getMethod("load", String.class).invoke(null, stage);
        return type.getMethod("pass");
    }

    /** One build's side: the corpus, and one pass over it. Public for the other loaders' reflection. */
    public static final class Pass {
        private static List<Draft> articles;
        private static VietnameseTextAnalyzer analyzer;
        private static RuleScorer scorer;
        private static boolean scoring;
        private static long sink;

        public static void load(String stage) throws Exception {
            articles = Corpus.load().articles;
            analyzer = new VietnameseTextAnalyzer();
            LuceneLexicon lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
            lexicon.seedIfEmpty(DefaultLexicon.load());
            scorer = new RuleScorer(analyzer, lexicon, ScoringRules.defaults());
            scoring = !stage.equals("analyze");
        }

        /** The thread's CPU time for one pass over the corpus. */
        public static long pass() {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            for (Draft d : articles) {
                sink += scoring ? scorer.score(d).matches().size() : analyzer.analyze(d).fields().size();
            }
            return threads.getCurrentThreadCpuTime() - start;
        }
    }
}
