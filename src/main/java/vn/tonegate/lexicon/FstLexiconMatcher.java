package vn.tonegate.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.Token;

/**
 * The enabled entries of one lexicon version compiled into Lucene FSTs.
 *
 * <p>Each distinct syllable of the lexicon gets a number, and an entry is the sequence of its
 * syllables' numbers, so matching follows one FST arc per syllable of the text rather than one
 * per character; a syllable the lexicon never uses stops a walk at once. A second FST holds the
 * folded (diacritic-free) keys of entries of two syllables or more, for unaccented text only.
 *
 * <p>When two entries normalize to the same keys ("hoà bình" and "hòa bình"), the one with the
 * higher id — the later one — wins.
 */
public final class FstLexiconMatcher implements LexiconMatcher {

    private final long version;
    private final Table accented;
    private final Table folded;

    private FstLexiconMatcher(long version, Table accented, Table folded) {
        this.version = version;
        this.accented = accented;
        this.folded = folded;
    }

    /** Compiles the enabled entries; entries whose phrase yields no syllable are skipped. */
    public static FstLexiconMatcher compile(long version, List<Entry> entries, TextAnalyzer analyzer) {
        Map<List<String>, Entry> byKeys = new HashMap<>();
        Map<List<String>, Entry> byFolded = new HashMap<>();
        for (Entry e : entries) {
            if (!e.enabled()) {
                continue;
            }
            List<String> keys = analyzer.keys(e.phrase());
            if (keys.isEmpty()) {
                continue;
            }
            byKeys.merge(keys, e, FstLexiconMatcher::later);
            if (keys.size() >= 2) {
                byFolded.merge(analyzer.foldedKeys(e.phrase()), e, FstLexiconMatcher::later);
            }
        }
        return new FstLexiconMatcher(version, Table.build(byKeys), Table.build(byFolded));
    }

    private static Entry later(Entry a, Entry b) {
        return a.id() >= b.id() ? a : b;
    }

    @Override
    public long version() {
        return version;
    }

    /** Number of distinct entries compiled (accented keys). */
    public int size() {
        return accented.entries.length;
    }

    /** Approximate heap held by the compiled FSTs, in bytes. */
    public long fstBytes() {
        return accented.fst == null ? 0 : accented.fst.ramBytesUsed() + (folded.fst == null ? 0 : folded.fst.ramBytesUsed());
    }

    @Override
    public List<LexiconMatch> match(AnalyzedField field) {
        List<Token> tokens = field.tokens();
        int n = tokens.size();
        List<LexiconMatch> matches = new ArrayList<>();
        if (n == 0 || accented.fst == null) {
            return matches;
        }
        int[] ids = accented.ids(tokens, false);
        int[] foldedIds = field.unaccented() && folded.fst != null ? folded.ids(tokens, true) : null;
        FST.BytesReader reader = accented.fst.getBytesReader();
        FST.BytesReader foldedReader = foldedIds == null ? null : folded.fst.getBytesReader();
        long[] found = new long[2]; // [entry index, last token]
        int i = 0;
        while (i < n) {
            if (accented.longest(ids, tokens, i, reader, found)) {
                int to = (int) found[1];
                matches.add(new LexiconMatch(accented.entries[(int) found[0]], i, to, false));
                i = to + 1;
            } else if (foldedIds != null && folded.longest(foldedIds, tokens, i, foldedReader, found)) {
                int to = (int) found[1];
                matches.add(new LexiconMatch(folded.entries[(int) found[0]], i, to, true));
                i = to + 1;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** One FST over syllable numbers, with its syllable numbering and its entries. */
    private static final class Table {
        final Map<String, Integer> syllables;
        final FST<Long> fst;
        final Entry[] entries;

        private Table(Map<String, Integer> syllables, FST<Long> fst, Entry[] entries) {
            this.syllables = syllables;
            this.fst = fst;
            this.entries = entries;
        }

        static Table build(Map<List<String>, Entry> byKeys) {
            Map<String, Integer> syllables = new HashMap<>();
            TreeMap<IntsRef, Entry> sorted = new TreeMap<>();
            for (Map.Entry<List<String>, Entry> e : byKeys.entrySet()) {
                int[] seq = new int[e.getKey().size()];
                for (int k = 0; k < seq.length; k++) {
                    seq[k] = syllables.computeIfAbsent(e.getKey().get(k), s -> syllables.size() + 1);
                }
                sorted.put(new IntsRef(seq, 0, seq.length), e.getValue());
            }
            if (sorted.isEmpty()) {
                return new Table(syllables, null, new Entry[0]);
            }
            try {
                PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
                FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, outputs).build();
                Entry[] entries = new Entry[sorted.size()];
                int index = 0;
                for (Map.Entry<IntsRef, Entry> e : sorted.entrySet()) {
                    entries[index] = e.getValue();
                    compiler.add(e.getKey(), (long) index);
                    index++;
                }
                FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
                // a HashMap, not Map.copyOf: every token of every draft is looked up here, and a
                // HashMap finds a String with a cached hash in one step where the immutable map probes
                return new Table(syllables, fst, entries);
            } catch (IOException e) {
                throw new UncheckedIOException("compiling the lexicon", e);
            }
        }

        /** Each token's syllable number in this table, 0 for a syllable the lexicon never uses. */
        int[] ids(List<Token> tokens, boolean useFolded) {
            int[] ids = new int[tokens.size()];
            for (int k = 0; k < ids.length; k++) {
                Token t = tokens.get(k);
                Integer id = syllables.get(useFolded ? t.folded() : t.key());
                ids[k] = id == null ? 0 : id;
            }
            return ids;
        }

        /** The longest entry starting at token {@code from} within its sentence; fills found = [entry, last token]. */
        boolean longest(int[] ids, List<Token> tokens, int from, FST.BytesReader reader, long[] found) {
            if (ids[from] == 0) {
                return false;
            }
            try {
                FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
                long output = 0;
                boolean any = false;
                int sentence = tokens.get(from).sentence();
                for (int k = from; k < ids.length && ids[k] != 0 && tokens.get(k).sentence() == sentence; k++) {
                    if (fst.findTargetArc(ids[k], arc, arc, reader) == null) {
                        break;
                    }
                    output += arc.output();
                    if (arc.isFinal()) {
                        found[0] = output + arc.nextFinalOutput();
                        found[1] = k;
                        any = true;
                    }
                }
                return any;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "FstLexiconMatcher[version=" + version + ", entries=" + accented.entries.length + "]";
    }

}
