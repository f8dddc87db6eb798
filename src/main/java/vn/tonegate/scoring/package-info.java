/**
 * Tone scoring: the rules (negation, boosters and dampeners, contrast, remedial verbs, field
 * weights, sensational markers) that turn lexicon matches into a {@link vn.tonegate.scoring.Score}
 * with its label and every match's contribution. Plain Java; uses {@code text} and {@code lexicon}.
 */
package vn.tonegate.scoring;
