package vn.tonegate.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a check asks of its portal's book right after the lock (see {@link Ledger#withPortal(String,
 * CheckQuery, java.util.function.BiFunction)}, {@link PortalBook#view}).
 *
 * @param postId     the checked post
 * @param deliveryId the delivery to look up, or null when the caller is not idempotent
 * @param now        the check's time: reservations count while they expire after it
 * @param firstDay   the window's first day
 * @param lastDay    the window's last day
 */
public record CheckQuery(String postId, String deliveryId, Instant now, LocalDate firstDay, LocalDate lastDay) {
}
