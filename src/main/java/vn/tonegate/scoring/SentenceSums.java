package vn.tonegate.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The phrases' values summed per sentence of a field, and the sentences in the order a field's
 * score has always added them up: the iteration order of a {@code HashMap<Integer, Double>}
 * filled by {@code merge(sentence, value, Double::sum)} in text order. Floating-point addition is
 * not associative, so another order could move the last bit of a score; this keeps every score
 * as it was without boxing a key and a value per phrase and walking a map.
 *
 * <p>The order follows from {@link HashMap}'s implementation, which this emulates step by step:
 * a key's bucket is {@code (h ^ h >>> 16) & (capacity - 1)}; the table starts at 16 buckets and
 * doubles when a merge begins with more entries than three quarters of it, or when a new key makes
 * a bucket of fewer than 64 hold eight; {@code merge} puts a new key at the head of its bucket,
 * and doubling keeps the relative order within a bucket. So the map lists its keys bucket by
 * bucket, each bucket's newest first. Where the map would turn a bucket into a tree instead (eight
 * keys in one bucket of a table of 64 or more: hundreds of sentences apart), the emulation stops
 * and the merges are replayed into a real map. {@code SentenceSumsTest} checks the order against
 * the map's own.
 */
final class SentenceSums {

    private static final int INITIAL_CAPACITY = 16;
    /** HashMap's TREEIFY_THRESHOLD: a new key that finds this many minus one in its bucket makes it a tree... */
    private static final int TREEIFY_THRESHOLD = 8;
    /** ...unless the table is smaller than this (MIN_TREEIFY_CAPACITY), which then doubles instead. */
    private static final int MIN_TREEIFY_CAPACITY = 64;

    private final double[] sums;
    private final boolean[] present;
    /** The distinct sentences, in the order they were first added. */
    private int[] sentences = new int[8];
    private int count;
    /** Every sentence added, repeats included, in order: replayed if the emulation has to stop. */
    private int[] merges = new int[16];
    private int mergeCount;
    private int capacity;
    private int[] bucketSizes;
    private boolean treeified;

    /** For a field of {@code sentenceCount} sentences. */
    SentenceSums(int sentenceCount) {
        sums = new double[sentenceCount];
        present = new boolean[sentenceCount];
    }

    /** Adds a phrase's value to its sentence, as {@code map.merge(sentence, value, Double::sum)} would. */
    void add(int sentence, double value) {
        if (mergeCount == merges.length) {
            merges = Arrays.copyOf(merges, mergeCount * 2);
        }
        merges[mergeCount++] = sentence;
        if (capacity == 0) {
            resize(INITIAL_CAPACITY);
        } else if (count > capacity / 4 * 3) {
            resize(capacity * 2);
        }
        if (present[sentence]) {
            sums[sentence] += value;
            return;
        }
        present[sentence] = true;
        sums[sentence] = value;
        if (count == sentences.length) {
            sentences = Arrays.copyOf(sentences, count * 2);
        }
        sentences[count++] = sentence;
        if (treeified) {
            return;
        }
        int alreadyInBucket = bucketSizes[bucket(sentence, capacity)]++;
        if (alreadyInBucket >= TREEIFY_THRESHOLD - 1) {
            if (capacity < MIN_TREEIFY_CAPACITY) {
                resize(capacity * 2);
            } else {
                treeified = true;
            }
        }
    }

    /** The sum of the values added to a sentence; 0 for one that got none. */
    double sum(int sentence) {
        return sums[sentence];
    }

    /** The sentences that got a value, in the map's iteration order. */
    int[] inMapOrder() {
        if (treeified) {
            return replayed();
        }
        int[] starts = new int[capacity + 1];
        for (int k = 0; k < count; k++) {
            starts[bucket(sentences[k], capacity) + 1]++;
        }
        for (int b = 0; b < capacity; b++) {
            starts[b + 1] += starts[b];
        }
        int[] order = new int[count];
        for (int k = count - 1; k >= 0; k--) { // newest first within a bucket
            order[starts[bucket(sentences[k], capacity)]++] = sentences[k];
        }
        return order;
    }

    private int[] replayed() {
        Map<Integer, Double> map = new HashMap<>();
        for (int k = 0; k < mergeCount; k++) {
            map.merge(merges[k], 1.0, Double::sum); // the values play no part in the order
        }
        int[] order = new int[map.size()];
        int k = 0;
        for (int sentence : map.keySet()) {
            order[k++] = sentence;
        }
        return order;
    }

    private void resize(int newCapacity) {
        capacity = newCapacity;
        if (treeified) {
            return;
        }
        bucketSizes = new int[capacity];
        for (int k = 0; k < count; k++) {
            bucketSizes[bucket(sentences[k], capacity)]++;
        }
    }

    /** HashMap's bucket of an Integer key: its hash is the value, spread by the high half. */
    private static int bucket(int key, int capacity) {
        return (key ^ key >>> 16) & (capacity - 1);
    }
}
