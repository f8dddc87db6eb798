package vn.tonegate.testing;

import java.util.List;
import java.util.Set;

import vn.tonegate.scoring.Label;
import vn.tonegate.scoring.Score;
import vn.tonegate.scoring.Scorer;
import vn.tonegate.text.Draft;

/**
 * A scorer for tests of what comes after scoring: the title says the label ("neg …", "pos …",
 * anything else neutral), so a gate test states its ledger plainly and does not move when the
 * lexicon grows.
 */
public final class LabelFromTitle implements Scorer {

    @Override
    public Score score(Draft draft) {
        String t = draft.title().strip().toLowerCase();
        Label label = t.startsWith("neg") ? Label.NEGATIVE : t.startsWith("pos") ? Label.POSITIVE : Label.NEUTRAL;
        double value = switch (label) {
            case NEGATIVE -> -0.6;
            case POSITIVE -> 0.6;
            case NEUTRAL -> 0.0;
        };
        return new Score(label, value, 0.9, Set.of(), 1, Integer.toHexString(draft.hashCode()), List.of());
    }
}
