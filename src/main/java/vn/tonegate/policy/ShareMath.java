package vn.tonegate.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The arithmetic of "strictly below the threshold", exact: the threshold is a decimal p/q and
 * every comparison is done on integers, so 17/117 and 18/118 against 0.15 never depend on
 * floating-point rounding.
 */
public final class ShareMath {

    private final long p;
    private final long q;

    public ShareMath(BigDecimal threshold) {
        BigDecimal t = threshold.stripTrailingZeros();
        int scale = Math.max(t.scale(), 0);
        this.q = BigInteger.TEN.pow(scale).longValueExact();
        this.p = t.movePointRight(scale).longValueExact();
        if (p <= 0 || p >= q) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
    }

    /** Whether negative/total is strictly below the threshold; an empty window has no share and is below. */
    public boolean below(long negative, long total) {
        return total == 0 || q * negative < p * total;
    }

    /**
     * How many more negative items can be added, one by one, each leaving the share strictly
     * below the threshold: the largest k with (n + k) / (t + k) below it.
     */
    public long negativeAllowed(long negative, long total) {
        long room = p * total - q * negative;
        return room <= 0 ? 0 : (room - 1) / (q - p);
    }

    /**
     * How many non-negative items must come first so that one more negative item leaves the
     * share strictly below the threshold: the smallest m with (n + 1) / (t + 1 + m) below it.
     */
    public long nonNegativeNeeded(long negative, long total) {
        long deficit = q * (negative + 1) - p * (total + 1);
        return deficit < 0 ? 0 : deficit / p + 1;
    }

    /** negative/total for display, four decimals; zero for an empty window. */
    public static double share(long negative, long total) {
        return total == 0 ? 0 : BigDecimal.valueOf(negative).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
