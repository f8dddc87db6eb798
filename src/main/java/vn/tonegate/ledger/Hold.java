package vn.tonegate.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import vn.tonegate.scoring.Label;

/**
 * A reservation: a slot an allowed check holds until the CMS reports the publish or the hold
 * expires. Holds count in every projection, so concurrent checks cannot jointly pass the line.
 */
public record Hold(String id, String portalId, String postId, Channel channel, Label label, double score,
                   long lexiconVersion, String textHash, Optional<Override> override, Instant createdAt,
                   Instant expiresAt) {

    /**
     * A new reservation id: a random UUID whose first 48 bits are the time it is made at, in
     * milliseconds, as in a version-7 UUID. Ids made one after another sort one after another,
     * so the store appends each new reservation at the end of its primary key instead of
     * rewriting a random page of it at every check; 74 bits stay random, so an id is still
     * not to be guessed.
     */
    public static String newId(Instant at) {
        UUID random = UUID.randomUUID();
        long time = (at.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 16;
        long version7 = 0x7000L | random.getMostSignificantBits() & 0x0FFFL;
        return new UUID(time | version7, random.getLeastSignificantBits()).toString();
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Tally contribution() {
        return Tally.of(label == Label.NEGATIVE, override.isPresent());
    }
}
