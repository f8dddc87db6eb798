package vn.tonegate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class HoldIdTest {

    @Test
    void idsMadeLaterSortLaterSoTheStoreAppendsThem() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(Hold.newId(start.plusMillis(i)));
        }
        assertThat(ids).isSorted();
        assertThat(Hold.newId(Instant.parse("2027-01-01T00:00:00Z"))).isGreaterThan(Hold.newId(Instant.parse("2026-12-31T23:59:59.999Z")));
    }

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecondAndStillRandom() {
        Instant at = Instant.parse("2026-12-01T09:00:00.123Z");
        UUID id = UUID.fromString(Hold.newId(at));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        var same = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            same.add(Hold.newId(at));
        }
        assertThat(same).as("ids made in the same millisecond differ").hasSize(10_000);
    }
}
