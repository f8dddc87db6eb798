package vn.tonegate.scoring;

import java.util.Map;

import vn.tonegate.text.Field;

/**
 * The numbers behind the rules. Defaults are calibrated on the evaluation sets (docs/calibration.md
 * has the sweep and the reasons); a change here moves every label, so it goes with a new evaluation run
 * and an update of that page.
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
 * @param leadWeight        factor on the first sentiment phrase of the title: where achievement and harm
 *                          meet, the item is what the headline leads with (labeling: headline leads)
 * @param negativeWeight    factor on negative and sensational phrases (SentiStrength's negative multiplier);
 *                          it moves with {@code negativeBelow}: together they set how much harm flags a lone item,
 *                          the weight alone how mixed items lean (calibrated, docs/calibration.md)
 * @param questionWeight    factor on the phrases of a sentence that ends in a question mark: a question asks
 *                          whether something is so ("có an toàn không?", "nên ăn gì?"), it does not report it
 */
public record ScoringRules(int negatorWindow, int remedialWindow, int boosterWindow, double beforeContrast,
                           double sentenceAlpha, Map<Field, Double> fieldWeights, double emptyFieldShare,
                           double negativeBelow, double positiveAbove, int minWords, double leadWeight, double negativeWeight,
                           double questionWeight) {

    public ScoringRules {
        fieldWeights = Map.copyOf(fieldWeights);
        if (negativeBelow >= 0 || positiveAbove <= 0) {
            throw new IllegalArgumentException("the neutral band must contain 0");
        }
        if (questionWeight < 0 || questionWeight > 1) {
            throw new IllegalArgumentException("questionWeight must be within [0, 1]");
        }
        if (sentenceAlpha <= 0) {
            throw new IllegalArgumentException("sentenceAlpha must be positive");
        }
    }

    public static ScoringRules defaults() {
        return new ScoringRules(4, 3, 1, 0.5, 4.0,
                Map.of(Field.TITLE, 4.0, Field.SAPO, 2.0, Field.BODY, 1.0), 0.5,
                -0.25, 0.45, 4, 1.5, 0.8, 0.25);
    }

    /** The same rules with another neutral band. */
    public ScoringRules withBand(double newNegativeBelow, double newPositiveAbove) {
        return new ScoringRules(negatorWindow, remedialWindow, boosterWindow, beforeContrast, sentenceAlpha, fieldWeights,
                emptyFieldShare, newNegativeBelow, newPositiveAbove, minWords, leadWeight, negativeWeight, questionWeight);
    }

    /** The same rules with another sentence saturation. */
    public ScoringRules withSentenceAlpha(double alpha) {
        return new ScoringRules(negatorWindow, remedialWindow, boosterWindow, beforeContrast, alpha, fieldWeights,
                emptyFieldShare, negativeBelow, positiveAbove, minWords, leadWeight, negativeWeight, questionWeight);
    }

    /** The same rules with another weight on negative evidence. */
    public ScoringRules withNegativeWeight(double weight) {
        return new ScoringRules(negatorWindow, remedialWindow, boosterWindow, beforeContrast, sentenceAlpha, fieldWeights,
                emptyFieldShare, negativeBelow, positiveAbove, minWords, leadWeight, weight, questionWeight);
    }

    /** The same rules with another weight on the phrases of a question. */
    public ScoringRules withQuestionWeight(double weight) {
        return new ScoringRules(negatorWindow, remedialWindow, boosterWindow, beforeContrast, sentenceAlpha, fieldWeights,
                emptyFieldShare, negativeBelow, positiveAbove, minWords, leadWeight, negativeWeight, weight);
    }

    /** The label these rules give a score value (sensational framing aside). */
    public Label label(double value) {
        return value <= negativeBelow ? Label.NEGATIVE : value >= positiveAbove ? Label.POSITIVE : Label.NEUTRAL;
    }

    /**
     * The label of a draft: sensational framing is negative on any topic, a procedural notice
     * is neutral, and otherwise the band decides. The scorer and the calibration sweep both ask here.
     */
    public Label label(double value, boolean notice, boolean sensational) {
        return sensational ? Label.NEGATIVE : notice ? Label.NEUTRAL : label(value);
    }

    public double weight(Field field) {
        return fieldWeights.getOrDefault(field, 1.0);
    }
}
