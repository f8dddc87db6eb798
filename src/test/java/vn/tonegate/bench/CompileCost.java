package vn.tonegate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.Entry;
import vn.tonegate.lexicon.FstLexiconMatcher;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * Time and heap to compile the matcher of the default lexicon plus 100,000 synthetic entries:
 * the cost paid on every lexicon edit. Five compilations after two warm-up ones; heap is the
 * growth of used heap after a full collection while the matcher is held.
 */
public final class CompileCost {

    public static void main(String[] args) throws Exception {
        VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
        List<Entry> withIds = withIds(DefaultLexicon.load(), Corpus.load().syntheticLexicon(100_000, analyzer));
        for (int i = 0; i < 2; i++) {
            FstLexiconMatcher.compile(1, withIds, analyzer);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            FstLexiconMatcher m = FstLexiconMatcher.compile(1, withIds, analyzer);
            best = Math.min(best, System.nanoTime() - start);
            if (m.size() == 0) {
                throw new IllegalStateException();
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        FstLexiconMatcher held = FstLexiconMatcher.compile(2, withIds, analyzer);
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("compile %d entries (%d distinct): best %.0f ms; heap held %.1f MB (FST %.1f MB)%n",
                withIds.size(), held.size(), best / 1e6, (after - before) / 1e6, held.fstBytes() / 1e6);
    }

    /**
     * The entries numbered as a store numbers them, and only those: the copies without ids were
     * a second set of 105,000 entries in the same 64 MB heap, which a node never holds.
     */
    private static List<Entry> withIds(List<Entry> lexicon, List<Entry> synthetic) {
        List<Entry> withIds = new ArrayList<>(lexicon.size() + synthetic.size());
        for (Entry e : lexicon) {
            withIds.add(e.withId(withIds.size() + 1));
        }
        for (Entry e : synthetic) {
            withIds.add(e.withId(withIds.size() + 1));
        }
        return withIds;
    }
}
