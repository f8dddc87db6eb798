package vn.tonegate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WindowTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aRollingWindowEndsTodayInThePortalsZone() {
        // 18:00 UTC on 30 Nov is already 1 Dec in Hà Nội
        Window w = Window.at(WindowType.ROLLING_DAYS, 30, HANOI, Instant.parse("2026-11-30T18:00:00Z"));
        assertThat(w.lastDay()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(w.firstDay()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(w.from()).isEqualTo(Instant.parse("2026-11-01T17:00:00Z"));
        assertThat(w.nextPeriod()).isNull();
    }

    @Test
    void calendarPeriodsTurnOverAtLocalMidnight() {
        Window lastMinuteOfMarch = Window.at(WindowType.CALENDAR_QUARTER, 0, HANOI, Instant.parse("2026-03-31T16:59:59Z"));
        Window firstOfApril = Window.at(WindowType.CALENDAR_QUARTER, 0, HANOI, Instant.parse("2026-03-31T17:00:00Z"));
        assertThat(lastMinuteOfMarch.firstDay()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(firstOfApril.firstDay()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(firstOfApril.lastDay()).isEqualTo(LocalDate.parse("2026-06-30"));

        Window february = Window.at(WindowType.CALENDAR_MONTH, 0, HANOI, Instant.parse("2028-02-15T00:00:00Z"));
        assertThat(february.lastDay()).as("a leap year").isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(february.nextPeriod()).isEqualTo(Instant.parse("2028-02-29T17:00:00Z"));
    }
}
