package vn.tonegate.scoring;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tone of a draft.
 *
 * @param label          negative, neutral or positive
 * @param value          in [-1, 1]; below zero leans negative
 * @param confidence     in [0, 1]; lower for little evidence or unaccented text
 * @param flags          e.g. "sensational", "unaccented", "too_short"
 * @param lexiconVersion the lexicon version that produced it
 * @param textHash       SHA-256 (hex) of the draft's canonical text, identifying what was scored
 * @param matches        every phrase that matched, in field and offset order
 */
public record Score(Label label, double value, double confidence, Set<String> flags, long lexiconVersion,
                    String textHash, List<ScoredMatch> matches) {

    public static final String FLAG_SENSATIONAL = "sensational";
    public static final String FLAG_UNACCENTED = "unaccented";
    /** A field was typed in a pre-Unicode encoding (TCVN3, VNI-Windows) and read back into Unicode to be scored. */
    public static final String FLAG_LEGACY_ENCODING = "legacy_encoding";
    public static final String FLAG_TOO_SHORT = "too_short";
    /** The headline opens with a procedural instrument: a notice, neutral whatever its topic. */
    public static final String FLAG_NOTICE = "notice";

    public Score {
        // sorted, so the JSON lists flags in the same order on every run (Set.copyOf's order is salted per JVM)
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        matches = List.copyOf(matches);
        if (value < -1 || value > 1 || Double.isNaN(value)) {
            throw new IllegalArgumentException("score out of [-1, 1]: " + value);
        }
    }
}
