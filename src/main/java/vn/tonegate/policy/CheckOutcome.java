package vn.tonegate.policy;

import java.util.List;
import java.util.Optional;

import vn.tonegate.ledger.Hold;
import vn.tonegate.scoring.Score;

/**
 * What the gate answers a check.
 *
 * @param reservation the slot held for this item; empty when blocked
 * @param overridden  true when a block was lifted by an allowed override
 */
public record CheckOutcome(Verdict decision, Score score, Projection share, Headroom headroom,
                           Optional<Hold> reservation, boolean overridden, List<Reason> messages) {
}
