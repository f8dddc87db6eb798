package vn.tonegate.policy;

import java.math.BigDecimal;
import java.util.List;

import vn.tonegate.ledger.DayCount;
import vn.tonegate.ledger.Tally;

/**
 * A portal's published share over a range of days, with the current window's headroom.
 *
 * @param held reservations not yet published (they count in checks, not in this share)
 */
public record Stats(String portalId, double share, Tally tally, long held, BigDecimal threshold, Window window,
                    Headroom headroom, List<DayCount> daily) {
}
