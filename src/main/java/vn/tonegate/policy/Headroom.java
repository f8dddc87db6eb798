package vn.tonegate.policy;

import java.time.Instant;

/**
 * How much room the window has left.
 *
 * @param negativeAllowedNow how many more negative items fit now, one after another
 * @param nonNegativeNeeded  how many non-negative items must come first to make room for this one
 * @param nextSlotAt         when the window next frees room for one more negative item (a day
 *                           leaving a rolling window, or a new calendar period); null if not foreseeable
 */
public record Headroom(long negativeAllowedNow, long nonNegativeNeeded, Instant nextSlotAt) {
}
