package vn.tonegate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ShareMathTest {

    private final ShareMath fifteen = new ShareMath(new BigDecimal("0.15"));

    @Test
    void belowIsStrict() {
        assertThat(fifteen.below(3, 20)).as("3/20 is exactly 15 %").isFalse();
        assertThat(fifteen.below(17, 117)).isTrue();
        assertThat(fifteen.below(18, 118)).isFalse();
        assertThat(fifteen.below(0, 0)).as("an empty window").isTrue();
    }

    @Test
    void theDirectivesExampleFromAnEmptyPortalOfAHundredPositives() {
        assertThat(fifteen.negativeAllowed(0, 100)).isEqualTo(17);
        assertThat(fifteen.negativeAllowed(17, 117)).isZero();
        assertThat(fifteen.nonNegativeNeeded(17, 117)).isEqualTo(3);
        assertThat(fifteen.nonNegativeNeeded(0, 100)).isZero();
    }

    /** The closed forms agree with adding items one at a time, for many windows and thresholds. */
    @Test
    void closedFormsAgreeWithCountingOneByOne() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal threshold = BigDecimal.valueOf(1 + random.nextInt(9_998), 4);
            ShareMath math = new ShareMath(threshold);
            long total = random.nextInt(400);
            long negative = total == 0 ? 0 : random.nextInt((int) total + 1);

            long fits = 0;
            while (math.below(negative + fits + 1, total + fits + 1)) {
                fits++;
            }
            assertThat(math.negativeAllowed(negative, total)).as("%s of %s at %s", negative, total, threshold).isEqualTo(fits);

            long needed = 0;
            while (!math.below(negative + 1, total + 1 + needed)) {
                needed++;
            }
            assertThat(math.nonNegativeNeeded(negative, total)).as("%s of %s at %s", negative, total, threshold).isEqualTo(needed);
        }
    }
}
