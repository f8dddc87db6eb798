package vn.tonegate.ledger;

import java.time.LocalDate;

/** A portal's published items on one day of its time zone. */
public record DayCount(LocalDate day, Tally tally) {
}
