/**
 * Tone scoring: the rules (negation and irrealis, "không thể … hơn" as a superlative, boosters and
 * dampeners, contrast and background, direction words that decline, remedy or improve, questions that
 * ask rather than report, the headline lead, field weights, sensational markers) that turn lexicon matches into a {@link vn.tonegate.scoring.Score} with its label and
 * every match's contribution. Plain Java; uses {@code text} and {@code lexicon}.
 */
package vn.tonegate.scoring;
