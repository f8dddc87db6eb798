package vn.tonegate.lexicon;

import java.util.Locale;

/**
 * What an entry does to a score. The meaning of {@link Entry#weight()} depends on it.
 */
public enum Category {
    /** Harm or wrongdoing; weight is the strength, 0 &lt; w &le; 4. */
    NEGATIVE,
    /** Progress, help or celebration; weight is the strength, 0 &lt; w &le; 4. */
    POSITIVE,
    /** Sensational or clickbait framing ("Sốc", "Kinh hoàng"); weight is the strength. */
    SENSATIONAL,
    /**
     * Flips the next sentiment phrase in its clause ("không", "chưa hề"); weight is the flip factor, 0 &lt; w &le; 1.
     * Weight 0 marks an irrealis word ("cần", "mong", "nếu"): the phrase it governs is wished for, not reported, and counts for nothing.
     */
    NEGATOR,
    /** Strengthens the nearest sentiment phrase, before or after it ("rất", "lắm"); weight is the multiplier, &gt; 1. */
    BOOSTER,
    /** Weakens the nearest sentiment phrase ("hơi", "khá"); weight is the multiplier, 0 &lt; w &lt; 1. */
    DAMPENER,
    /** Shifts the weight of a sentence to the clause after it ("nhưng", "tuy nhiên"); weight multiplies that clause. */
    CONTRAST,
    /**
     * Works against the harm it touches, before or after it in its clause ("đẩy lùi", "khắc phục",
     * "ngăn chặn"): a negative phrase reads as positive, scaled by the weight, 0 &lt; w &le; 1.
     * A good thing it touches is left alone ("giải pháp ứng phó" is not a loss).
     */
    REMEDIAL,
    /**
     * Lowers whatever it touches, before or after it in its clause ("giảm", "sụt giảm", "kéo
     * giảm"): less harm is progress ("số vụ cháy giảm"), less of a good thing is a loss ("xuất
     * khẩu giảm"); the phrase's sign flips, scaled by the weight, 0 &lt; w &le; 1.
     */
    DECLINE,
    /**
     * A result that works against harm ("cải thiện", "phục hồi", "khỏi bệnh"): on a harm in reach it
     * acts like a remedy, turning the harm into progress at full strength, and is spent on it ("ô nhiễm
     * không khí được cải thiện"); with no harm in reach it is progress in itself, weight as for
     * {@link #POSITIVE} ("đời sống được cải thiện"); negated it is a shortfall ("chưa được cải thiện").
     */
    IMPROVEMENT,
    /**
     * The mirror of {@link #IMPROVEMENT}: harm that befalls a good thing, a change for the worse said of it
     * ("lao dốc", "bốc hơi", "đắp chiếu") or a wrong done to it ("ăn chặn", "giả mạo"). On a good thing
     * right before or after it ("doanh số lao dốc", "ăn chặn tiền hỗ trợ") it turns the good into a loss at
     * full strength and is spent on it; with no good thing in reach it is harm in itself, weight as for
     * {@link #NEGATIVE} ("thị trường lao dốc"), and a remedy still acts on it ("ngăn chặn trục lợi").
     */
    DETERIORATION,
    /**
     * A procedural instrument ("thông báo", "kế hoạch", "lịch", "hướng dẫn"): heading a title, it
     * makes the item a notice, which reads neutral whatever the topic behind it; weight is ignored.
     */
    PROCEDURAL,
    /** A compound that only shadows shorter entries ("không khí", "hàng không", "Hòa Bình"); weight is ignored. */
    NEUTRAL;

    /** Made once: the name is asked for at every match of every answer. */
    private final String jsonName = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return jsonName;
    }

    /** Parses the JSON name (any case). */
    public static Category parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown category: " + value);
        }
    }

    /** Whether the entry turns the direction of the harm or good it touches (a remedy or a decline). */
    public boolean isDirection() {
        return this == REMEDIAL || this == DECLINE || isResult();
    }

    /** Whether the entry is a change for the better or the worse that turns what it is said of and is spent on it. */
    public boolean isResult() {
        return this == IMPROVEMENT || this == DETERIORATION;
    }

    /** Whether the entry carries sentiment of its own rather than modifying a neighbour. */
    public boolean isSentiment() {
        return this == NEGATIVE || this == POSITIVE || this == SENSATIONAL || isResult();
    }
}
