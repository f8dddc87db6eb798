package vn.tonegate.ledger;

import java.time.Instant;
import java.util.Optional;

import vn.tonegate.scoring.Label;

/**
 * A reservation: a slot an allowed check holds until the CMS reports the publish or the hold
 * expires. Holds count in every projection, so concurrent checks cannot jointly pass the line.
 */
public record Hold(String id, String portalId, String postId, Channel channel, Label label, double score,
                   long lexiconVersion, String textHash, Optional<Override> override, Instant createdAt,
                   Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Tally contribution() {
        return Tally.of(label == Label.NEGATIVE, override.isPresent());
    }
}
