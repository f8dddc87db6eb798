package vn.tonegate.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A resolved window: the days it counts (both included) and the instants they span.
 *
 * @param from       start of {@code firstDay} in the portal's time zone
 * @param to         the end: now for a rolling window, the period's end for a calendar window
 * @param nextPeriod when a calendar window starts afresh; null for a rolling window
 */
public record Window(WindowType type, LocalDate firstDay, LocalDate lastDay, Instant from, Instant to,
                     Instant nextPeriod) {

    /** The window of a policy as it stands at {@code now}. */
    public static Window at(WindowType type, int days, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (type) {
            case ROLLING_DAYS -> {
                LocalDate first = today.minusDays(days - 1L);
                yield new Window(type, first, today, first.atStartOfDay(zone).toInstant(), now, null);
            }
            case CALENDAR_MONTH -> period(type, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1), zone);
            case CALENDAR_QUARTER -> {
                LocalDate first = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
                yield period(type, first, first.plusMonths(3), zone);
            }
        };
    }

    private static Window period(WindowType type, LocalDate first, LocalDate next, ZoneId zone) {
        Instant end = next.atStartOfDay(zone).toInstant();
        return new Window(type, first, next.minusDays(1), first.atStartOfDay(zone).toInstant(), end, end);
    }
}
