package vn.tonegate.scoring;

import java.util.Map;

import vn.tonegate.text.Field;

/**
 * The numbers behind the rules. Defaults are calibrated on the evaluation sets (see README,
 * "Accuracy"); a change here moves every label, so it goes with a new evaluation run.
 *
 * @param negatorWindow     tokens allowed between a negator and the phrase it flips
 * @param remedialWindow    tokens allowed between a remedial verb and the harm it reduces (either side)
 * @param boosterWindow     tokens allowed between a booster or dampener and its phrase (either side)
 * @param beforeContrast    factor on a sentence's phrases before an adversative contrast ("nhưng")
 * @param sentenceAlpha     saturation of a sentence: s = x / sqrt(x² + alpha); larger reads more evidence as less extreme
 * @param fieldWeights      how much each field counts (the headline leads)
 * @param emptyFieldShare   how much of its weight a non-empty field with no sentiment still counts (it dilutes)
 * @param negativeBelow     score at or below which a draft is negative
 * @param positiveAbove     score at or above which a draft is positive
 * @param minWords          fewer word tokens than this: flagged too short, lower confidence
 */
public record ScoringRules(int negatorWindow, int remedialWindow, int boosterWindow, double beforeContrast,
                           double sentenceAlpha, Map<Field, Double> fieldWeights, double emptyFieldShare,
                           double negativeBelow, double positiveAbove, int minWords) {

    public ScoringRules {
        fieldWeights = Map.copyOf(fieldWeights);
        if (negativeBelow >= 0 || positiveAbove <= 0) {
            throw new IllegalArgumentException("the neutral band must contain 0");
        }
        if (sentenceAlpha <= 0) {
            throw new IllegalArgumentException("sentenceAlpha must be positive");
        }
    }

    public static ScoringRules defaults() {
        return new ScoringRules(4, 3, 1, 0.5, 4.0,
                Map.of(Field.TITLE, 3.0, Field.SAPO, 2.0, Field.BODY, 1.0), 0.5,
                -0.15, 0.20, 4);
    }

    public double weight(Field field) {
        return fieldWeights.getOrDefault(field, 1.0);
    }
}
