package vn.tonegate.policy;

import vn.tonegate.ledger.PostState;
import vn.tonegate.scoring.Label;

/** The ledger's view of a post after an event: its state, its label, whether it counts. */
public record EventOutcome(String postId, PostState state, Label label, boolean counted) {
}
