package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sums and their order are those of the HashMap the scorer summed sentences with before. */
class SentenceSumsTest {

    @Test
    void sameSumsInTheSameOrderAsAHashMapFilledByMerge() {
        Random random = new Random(20261201);
        for (int run = 0; run < 5_000; run++) {
            // fields of a few sentences to long bodies, dense or sparse in sentiment, with repeats
            int sentenceCount = 1 + random.nextInt(run % 10 == 0 ? 3_000 : 200);
            double density = random.nextDouble();
            List<int[]> phrases = new ArrayList<>();
            for (int sentence = 0; sentence < sentenceCount; sentence++) {
                if (random.nextDouble() < density) {
                    int repeats = 1 + random.nextInt(4);
                    for (int r = 0; r < repeats; r++) {
                        phrases.add(new int[] {sentence, random.nextInt(2_000) - 1_000});
                    }
                }
            }
            assertSameAsHashMap(sentenceCount, phrases);
        }
    }

    @Test
    void bucketsThatWouldBecomeTreesOrForceAResize() {
        // sentences 64 apart share a bucket of a 64-wide table; 16 apart, one of the first table
        for (int stride : new int[] {16, 32, 64, 128, 65_536}) {
            for (int keys = 1; keys <= 40; keys++) {
                List<int[]> phrases = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                    phrases.add(new int[] {k * stride, 3});
                    phrases.add(new int[] {k * stride, -1});
                }
                assertSameAsHashMap(keys * stride, phrases);
            }
        }
        // many sentences with sentiment, then a run that lands in one bucket of the grown table
        List<int[]> phrases = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            phrases.add(new int[] {s, 1});
        }
        for (int k = 1; k <= 12; k++) {
            phrases.add(new int[] {40 + 64 * k, 2});
        }
        assertSameAsHashMap(40 + 64 * 13, phrases);
    }

    private static void assertSameAsHashMap(int sentenceCount, List<int[]> phrases) {
        Map<Integer, Double> map = new HashMap<>();
        SentenceSums sums = new SentenceSums(sentenceCount);
        for (int[] p : phrases) {
            double value = p[1] / 7.0;
            map.merge(p[0], value, Double::sum);
            sums.add(p[0], value);
        }
        List<Integer> expectedOrder = new ArrayList<>(map.keySet());
        List<Integer> order = new ArrayList<>();
        for (int sentence : sums.inMapOrder()) {
            order.add(sentence);
            assertThat(sums.sum(sentence)).isEqualTo(map.get(sentence));
        }
        assertThat(order).isEqualTo(expectedOrder);
    }
}
