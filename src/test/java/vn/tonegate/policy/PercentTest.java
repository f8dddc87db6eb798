package vn.tonegate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void aShareIsSaidInPerCentToOneDecimalWithTheLanguagesDecimalMark() {
        assertThat(Gate.percent(0.15, true)).isEqualTo("15,0 %");
        assertThat(Gate.percent(0.15, false)).isEqualTo("15.0 %");
        assertThat(Gate.percent(17.0 / 117, true)).isEqualTo("14,5 %");
        assertThat(Gate.percent(0, false)).isEqualTo("0.0 %");
        assertThat(Gate.percent(1, true)).isEqualTo("100,0 %");
        assertThat(Gate.percent(0.00049, false)).isEqualTo("0.0 %");
        assertThat(Gate.percent(0.14951, false)).as("rounds up into the next whole per cent").isEqualTo("15.0 %");
    }

    @Test
    void everyShareOfAWindowOfUpToFourHundredItemsIsRoundedAsItsExactFraction() {
        // k negatives of n items, rounded half up as exact fractions: 23/80 is 28.75 %, said 28.8 %
        for (int n = 1; n <= 400; n++) {
            for (int k = 0; k <= n; k++) {
                BigDecimal exact = BigDecimal.valueOf(100L * k).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
                assertThat(Gate.percent((double) k / n, false)).as("%d/%d", k, n).isEqualTo(exact.toPlainString() + " %");
            }
        }
    }
}
