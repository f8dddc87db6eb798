package vn.tonegate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServedTimeTest {

    @Test
    void aThreadThatEndedBetweenTwoSummariesDoesNotTakeItsPastBytesOffTheOthers() {
        Map<Long, Long> before = Map.of(1L, 5_000L, 2L, 900_000L);
        Map<Long, Long> now = Map.of(1L, 7_500L);

        assertEquals(2_500L, ServedTime.allocatedSince(before, now));
    }

    @Test
    void aThreadStartedBetweenTwoSummariesCountsFromZero() {
        Map<Long, Long> before = Map.of(1L, 5_000L);
        Map<Long, Long> now = Map.of(1L, 6_000L, 3L, 40_000L);

        assertEquals(41_000L, ServedTime.allocatedSince(before, now));
    }
}
