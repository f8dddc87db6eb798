package vn.tonegate.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.KeyIds;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.Tokens;

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
        // draft tokens carry the number of their key, not of their folded key
        return new FstLexiconMatcher(version, Table.build(byKeys, true), Table.build(byFolded, false));
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
        Tokens tokens = field.tokens();
        int n = tokens.size();
        List<LexiconMatch> matches = new ArrayList<>();
        if (n == 0 || accented.fst == null) {
            return matches;
        }
        int[] sentences = new int[n];
        for (int k = 0; k < n; k++) {
            sentences[k] = tokens.sentence(k);
        }
        int[] ids = accented.ids(tokens, false);
        int[] foldedIds = field.unaccented() && folded.fst != null ? folded.ids(tokens, true) : null;
        // one reader and one scratch arc per table for the whole field: a walk only moves them
        FST.BytesReader reader = accented.fst.getBytesReader();
        FST.Arc<Long> arc = new FST.Arc<>();
        FST.BytesReader foldedReader = foldedIds == null ? null : folded.fst.getBytesReader();
        FST.Arc<Long> foldedArc = foldedIds == null ? null : new FST.Arc<>();
        int i = 0;
        while (i < n) {
            long found = accented.longest(ids, sentences, i, reader, arc);
            boolean viaFolded = false;
            if (found < 0 && foldedIds != null) {
                found = folded.longest(foldedIds, sentences, i, foldedReader, foldedArc);
                viaFolded = true;
            }
            if (found < 0) {
                i++;
                continue;
            }
            int entry = (int) (found >>> 32);
            int to = (int) found;
            matches.add(new LexiconMatch((viaFolded ? folded : accented).entries[entry], i, to, viaFolded));
            i = to + 1;
        }
        return matches;
    }

    /** One FST over syllable numbers, with its syllable numbering and its entries. */
    private static final class Table {
        final SyllableNumbers syllables;
        /**
         * This table's syllable number by {@linkplain KeyIds key number}, 0 for a key no entry uses;
         * null when the tokens' key numbers are not to be used (folded keys) or cannot be (a key of
         * the lexicon went without one). A draft's token then costs one read of a small array,
         * which stays in cache, where the look-up by String read three arrays and often the String.
         */
        final int[] numbersByKeyId;
        final FST<Long> fst;
        final Entry[] entries;
        /**
         * What the root's arc for each syllable number says, read without the arc: in the low 32
         * bits the entry of that syllable alone ({@link #NO_ENTRY} when there is none), and in bit
         * 32 whether longer entries start with it. The root has an arc for nearly every syllable
         * of a large lexicon, and finding one there is the costliest step of a walk (a bit-table
         * count or a binary search over thousands of arcs); every walk starts with it, at almost
         * every token, and most end there, so they read one long of this array, which stays in
         * cache, instead of an arc.
         */
        final long[] firstSteps;
        /** The same for the second step, by pair of syllables. */
        final SecondSteps secondSteps;
        /**
         * The root's arcs by syllable number, null for a syllable no entry starts with: a walk that
         * goes on past its second syllable reads its pair's arc from its first one's.
         */
        private final FST.Arc<Long>[] firstArcs;
        /**
         * One bit per hashed pair of syllable numbers that stand side by side in some entry. In
         * running text most walks stop at their second step, on a pair no entry contains; a bit
         * that is clear says so without reading an FST node. A set bit may be a collision, so the
         * FST still decides.
         */
        final long[] pairs;
        final int pairMask;

        private Table(Map<String, Integer> syllables, int[] numbersByKeyId, FST<Long> fst, Entry[] entries, FST.Arc<Long>[] firstArcs,
                      SecondSteps secondSteps, long[] pairs) {
            this.syllables = new SyllableNumbers(syllables);
            this.numbersByKeyId = numbersByKeyId;
            this.fst = fst;
            this.entries = entries;
            this.firstSteps = firstSteps(firstArcs);
            this.firstArcs = firstArcs;
            this.secondSteps = secondSteps;
            this.pairs = pairs;
            this.pairMask = pairs.length * 64 - 1;
        }

        static Table build(Map<List<String>, Entry> byKeys, boolean byKeyIds) {
            Map<String, Integer> syllables = numberByUse(byKeys.keySet());
            int[] numbersByKeyId = byKeyIds ? numbersByKeyId(syllables) : null;
            TreeMap<IntsRef, Entry> sorted = new TreeMap<>();
            for (Map.Entry<List<String>, Entry> e : byKeys.entrySet()) {
                int[] seq = new int[e.getKey().size()];
                for (int k = 0; k < seq.length; k++) {
                    seq[k] = syllables.get(e.getKey().get(k));
                }
                sorted.put(new IntsRef(seq, 0, seq.length), e.getValue());
            }
            if (sorted.isEmpty()) {
                return new Table(syllables, numbersByKeyId, null, new Entry[0], newArcs(0), SecondSteps.NONE, new long[1]);
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
                FST.FSTMetadata<Long> metadata = compiler.compile();
                FST<Long> fst = onHeap(FST.fromFSTReader(metadata, compiler.getFSTReader()), metadata);
                FST.Arc<Long>[] firstArcs = firstArcs(fst, syllables.size());
                return new Table(syllables, numbersByKeyId, fst, entries, firstArcs, SecondSteps.of(fst, firstArcs), pairs(sorted.keySet()));
            } catch (IOException e) {
                throw new UncheckedIOException("compiling the lexicon", e);
            }
        }

        /**
         * Syllable numbers from 1, the most used syllables first. An FST node whose arcs are
         * addressed directly finds an arc by counting the bits of a table up to its label, so
         * the frequent syllables, which label most arcs, are best given small numbers.
         */
        private static Map<String, Integer> numberByUse(Iterable<List<String>> keys) {
            Map<String, Integer> uses = new HashMap<>();
            for (List<String> key : keys) {
                for (String syllable : key) {
                    uses.merge(syllable, 1, Integer::sum);
                }
            }
            List<Map.Entry<String, Integer>> order = new ArrayList<>(uses.entrySet());
            order.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> numbers = new HashMap<>(order.size() * 2);
            for (Map.Entry<String, Integer> e : order) {
                numbers.put(e.getKey(), numbers.size() + 1);
            }
            return numbers;
        }

        /** The syllable numbers indexed by key number, or null if a syllable has no key number. */
        private static int[] numbersByKeyId(Map<String, Integer> syllables) {
            int[] keyIds = new int[syllables.size() + 1];
            int maxKeyId = -1;
            for (Map.Entry<String, Integer> e : syllables.entrySet()) {
                int keyId = KeyIds.of(e.getKey());
                if (keyId == KeyIds.NONE) {
                    return null;
                }
                keyIds[e.getValue()] = keyId;
                maxKeyId = Math.max(maxKeyId, keyId);
            }
            int[] numbers = new int[maxKeyId + 1];
            for (int number = 1; number < keyIds.length; number++) {
                numbers[keyIds[number]] = number;
            }
            return numbers;
        }

        /**
         * The FST again, read into one on-heap byte array: the compiler's own store reads every
         * byte through paged buffers, which a large lexicon's walks spent most of their time in.
         */
        private static FST<Long> onHeap(FST<Long> built, FST.FSTMetadata<Long> metadata) throws IOException {
            ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
            built.save(new ByteBuffersDataOutput(), bytes);
            return new FST<>(metadata, bytes.toDataInput());
        }

        private static final int NO_ENTRY = -1;
        private static final long LEADS_ON = 1L << 32;

        private static long[] firstSteps(FST.Arc<Long>[] firstArcs) {
            long[] steps = new long[firstArcs.length];
            for (int number = 0; number < steps.length; number++) {
                FST.Arc<Long> arc = firstArcs[number];
                steps[number] = arc == null ? NO_ENTRY & 0xFFFF_FFFFL : step(arc, arc.output());
            }
            return steps;
        }

        /** What an arc reached with {@code output} says: the entry that ends there, and whether longer ones go on. */
        private static long step(FST.Arc<Long> arc, long output) {
            long single = arc.isFinal() ? output + arc.nextFinalOutput() : NO_ENTRY;
            return (FST.targetHasArcs(arc) ? LEADS_ON : 0) | (single & 0xFFFF_FFFFL);
        }

        private static FST.Arc<Long>[] firstArcs(FST<Long> fst, int syllableCount) throws IOException {
            FST.Arc<Long>[] arcs = newArcs(syllableCount + 1);
            FST.BytesReader reader = fst.getBytesReader();
            FST.Arc<Long> arc = fst.readFirstTargetArc(fst.getFirstArc(new FST.Arc<>()), new FST.Arc<>(), reader);
            while (true) {
                arcs[arc.label()] = new FST.Arc<Long>().copyFrom(arc);
                if (arc.isLast()) {
                    return arcs;
                }
                fst.readNextArc(arc, reader);
            }
        }

        /** Between 8 and 16 bits per adjacent pair: about one clear bit in ten is falsely set. */
        private static long[] pairs(Iterable<IntsRef> sequences) {
            int count = 0;
            for (IntsRef seq : sequences) {
                count += Math.max(0, seq.length - 1);
            }
            int bits = Integer.highestOneBit(Math.max(64, Math.min(1 << 26, count * 8)) - 1) << 1;
            long[] pairs = new long[bits / 64];
            int mask = bits - 1;
            for (IntsRef seq : sequences) {
                for (int k = seq.offset + 1; k < seq.offset + seq.length; k++) {
                    int bit = pairBit(seq.ints[k - 1], seq.ints[k], mask);
                    pairs[bit >>> 6] |= 1L << bit;
                }
            }
            return pairs;
        }

        private static int pairBit(int first, int second, int mask) {
            int h = first * 0x9E3779B9 + second;
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            return h & mask;
        }

        private boolean mayFollow(int first, int second) {
            int bit = pairBit(first, second, pairMask);
            return (pairs[bit >>> 6] & 1L << bit) != 0;
        }

        @SuppressWarnings("unchecked")
        private static FST.Arc<Long>[] newArcs(int length) {
            return (FST.Arc<Long>[]) new FST.Arc<?>[length];
        }

        /** Each token's syllable number in this table, 0 for a syllable the lexicon never uses. */
        int[] ids(Tokens tokens, boolean useFolded) {
            int[] ids = new int[tokens.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = useFolded ? syllables.get(tokens.folded(k)) : number(tokens, k);
            }
            return ids;
        }

        private int number(Tokens tokens, int k) {
            int keyId = tokens.keyId(k);
            if (numbersByKeyId == null || keyId == KeyIds.NONE) {
                return syllables.get(tokens.key(k));
            }
            // every key of this table has a number below the array's length: one past it is no syllable of it
            return keyId < numbersByKeyId.length ? numbersByKeyId[keyId] : 0;
        }

        /**
         * The longest entry starting at token {@code from} within its sentence, as its entry index
         * in the high 32 bits and its last token in the low ones; -1 when none starts there.
         * {@code arc} is scratch space.
         */
        long longest(int[] ids, int[] sentences, int from, FST.BytesReader reader, FST.Arc<Long> arc) {
            long step = firstSteps[ids[from]]; // ids[from] == 0 (unknown syllable) has neither entry nor arc
            int single = (int) step;
            long found = single == NO_ENTRY ? -1 : (long) single << 32 | from;
            int sentence = sentences[from];
            int k = from + 1;
            if ((step & LEADS_ON) == 0 || !mayContinue(ids, sentences, k, sentence)) {
                return found;
            }
            int pair = secondSteps.find(ids[from], ids[k]);
            if (pair < 0) {
                return found; // the filter let through a pair no entry has
            }
            step = secondSteps.steps[pair];
            single = (int) step;
            if (single != NO_ENTRY) {
                found = (long) single << 32 | k;
            }
            k++;
            if ((step & LEADS_ON) == 0 || !mayContinue(ids, sentences, k, sentence)) {
                return found;
            }
            long output = SecondSteps.output(step);
            try {
                // read again rather than kept per pair: a large lexicon's pairs' arcs took more heap than the rest of the matcher
                fst.findTargetArc(ids[from + 1], firstArcs[ids[from]], arc, reader);
                do {
                    if (fst.findTargetArc(ids[k], arc, arc, reader) == null) {
                        break;
                    }
                    output += arc.output();
                    if (arc.isFinal()) {
                        found = (output + arc.nextFinalOutput()) << 32 | k;
                    }
                    k++;
                } while (canStep(arc, ids, sentences, k, sentence));
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether a walk that reached {@code arc} may go on to token {@code k} of the same sentence. */
        private boolean canStep(FST.Arc<Long> arc, int[] ids, int[] sentences, int k, int sentence) {
            return FST.targetHasArcs(arc) && mayContinue(ids, sentences, k, sentence);
        }

        /** Whether token {@code k} is a syllable of the lexicon in the same sentence that some entry has after token {@code k - 1}. */
        private boolean mayContinue(int[] ids, int[] sentences, int k, int sentence) {
            return k < ids.length && ids[k] != 0 && sentences[k] == sentence && mayFollow(ids[k - 1], ids[k]);
        }
    }

    /**
     * The second step of every walk that has one, by the pair of syllable numbers it reads:
     * open addressing over plain arrays. A walk that gets past the first syllable mostly stops at
     * the second, where an FST look-up decoded the arcs of a node, and often no arc of it matched;
     * here it costs one probe of a table the size of the lexicon's pairs, and only a walk towards
     * an entry of three syllables or more reads its pair's arc again and goes on in the FST.
     */
    static final class SecondSteps {
        static final SecondSteps NONE = new SecondSteps(new long[1], new long[1]);

        /** {@code first << 32 | second}; 0, which no pair is (numbers start at 1), for a free slot. */
        private final long[] pairs;
        /**
         * As {@link Table#firstSteps}, for the pair, with the FST output read on the way, which
         * the rest of the walk adds to, in the bits above them ({@link #output}): an entry's
         * index is below 2<sup>31</sup>, and one array of a large lexicon's pairs fewer is 2 MB less.
         */
        final long[] steps;
        private final int mask;

        private static final int OUTPUT_SHIFT = 33;

        private SecondSteps(long[] pairs, long[] steps) {
            this.pairs = pairs;
            this.steps = steps;
            this.mask = pairs.length - 1;
        }

        static long output(long step) {
            return step >>> OUTPUT_SHIFT;
        }

        static SecondSteps of(FST<Long> fst, FST.Arc<Long>[] firstArcs) throws IOException {
            int capacity = Integer.highestOneBit(Math.max(2, visitPairs(fst, firstArcs, null) * 2) - 1) << 1; // at most half full
            SecondSteps table = new SecondSteps(new long[capacity], new long[capacity]);
            visitPairs(fst, firstArcs, table);
            return table;
        }

        /** Counts the FST's pairs, and puts each in {@code table} unless it is null. */
        private static int visitPairs(FST<Long> fst, FST.Arc<Long>[] firstArcs, SecondSteps table) throws IOException {
            int count = 0;
            FST.BytesReader reader = fst.getBytesReader();
            FST.Arc<Long> arc = new FST.Arc<>();
            for (FST.Arc<Long> first : firstArcs) {
                if (first == null || !FST.targetHasArcs(first)) {
                    continue;
                }
                fst.readFirstTargetArc(first, arc, reader);
                while (true) {
                    // a first syllable that is an entry itself leads with a pseudo-arc for its end, which firstSteps already says
                    if (arc.label() != FST.END_LABEL) {
                        count++;
                        if (table != null) {
                            table.put((long) first.label() << 32 | arc.label(), arc, first.output() + arc.output());
                        }
                    }
                    if (arc.isLast()) {
                        break;
                    }
                    fst.readNextArc(arc, reader);
                }
            }
            return count;
        }

        private void put(long pair, FST.Arc<Long> arc, long output) {
            int i = slot(pair);
            while (pairs[i] != 0) {
                i = (i + 1) & mask;
            }
            pairs[i] = pair;
            steps[i] = Table.step(arc, output) | output << OUTPUT_SHIFT;
        }

        private int slot(long pair) {
            long h = pair * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        /** The slot of the pair, or -1 when no entry starts with it. */
        int find(int first, int second) {
            long pair = (long) first << 32 | second;
            for (int i = slot(pair); ; i = (i + 1) & mask) {
                long p = pairs[i];
                if (p == pair) {
                    return i;
                }
                if (p == 0) {
                    return -1;
                }
            }
        }
    }

    /**
     * Syllable numbers by key, for the tokens without a {@linkplain KeyIds key number} and for
     * folded keys: open addressing over plain arrays, hashes kept beside the keys. Draft tokens
     * carry the analyzer's memoized key Strings, the very instances the lexicon was numbered with,
     * so a probe mostly ends on an identity compare.
     */
    private static final class SyllableNumbers {
        private final String[] keys;
        private final int[] hashes;
        private final int[] numbers;
        private final int mask;

        SyllableNumbers(Map<String, Integer> numbering) {
            int capacity = Integer.highestOneBit(Math.max(4, numbering.size() * 3) - 1) << 1; // at most a third full
            keys = new String[capacity];
            hashes = new int[capacity];
            numbers = new int[capacity];
            mask = capacity - 1;
            for (Map.Entry<String, Integer> e : numbering.entrySet()) {
                int h = e.getKey().hashCode();
                int i = slot(h);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = e.getKey();
                hashes[i] = h;
                numbers[i] = e.getValue();
            }
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
        }

        /** The syllable's number, 0 when no entry uses it. */
        int get(String key) {
            int h = key.hashCode();
            for (int i = slot(h); ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) {
                    return 0;
                }
                if (k == key || hashes[i] == h && k.equals(key)) {
                    return numbers[i];
                }
            }
        }
    }

    @Override
    public String toString() {
        return "FstLexiconMatcher[version=" + version + ", entries=" + accented.entries.length + "]";
    }

}
