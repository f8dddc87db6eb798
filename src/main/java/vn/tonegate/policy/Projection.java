package vn.tonegate.policy;

import java.math.BigDecimal;

/**
 * The share before and after one more item.
 *
 * @param total    items in the window, reservations included, before this one
 * @param negative negative items among them
 * @param held     how many of {@code total} are reservations not yet published
 */
public record Projection(double before, double after, BigDecimal threshold, long total, long negative, long held,
                         Window window) {
}
