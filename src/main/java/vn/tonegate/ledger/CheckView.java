package vn.tonegate.ledger;

import java.util.List;
import java.util.Optional;

/**
 * Everything a check reads from a locked portal's book, fetched in one statement (see
 * {@link PortalBook#view}).
 *
 * @param delivery  the answer already given to this delivery id, if any
 * @param held      reservations not yet expired, leaving out the checked post's own
 * @param postHeld  whether the checked post has a reservation of its own, expired or not
 * @param live      what the checked post counts now, on its day, when it is published and counted
 * @param days      the days of the window that have items, in order
 */
public record CheckView(Optional<Delivery> delivery, Tally held, boolean postHeld, Optional<DayCount> live,
                        List<DayCount> days) {
}
