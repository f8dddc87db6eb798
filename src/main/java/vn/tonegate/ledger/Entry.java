package vn.tonegate.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import vn.tonegate.scoring.Label;

/**
 * One item a portal published, as the ledger keeps it.
 *
 * @param day       the day of {@code publishedAt} in the portal's time zone, the day it counts on
 * @param override  present when a block was overridden to publish it
 */
public record Entry(String portalId, String postId, Channel channel, String title, String url, Label label,
                    double score, long lexiconVersion, String textHash, Instant publishedAt, LocalDate day,
                    PostState state, Optional<Override> override, Instant updatedAt) {

    public boolean counted() {
        return state.counted();
    }

    /** What this entry adds to its day's counts. */
    public Tally contribution() {
        return counted() ? Tally.of(label == Label.NEGATIVE, override.isPresent()) : Tally.EMPTY;
    }

    public Entry withState(PostState newState, Instant at) {
        return new Entry(portalId, postId, channel, title, url, label, score, lexiconVersion, textHash,
                publishedAt, day, newState, override, at);
    }
}
