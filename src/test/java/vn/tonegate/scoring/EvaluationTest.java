package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tonegate.text.VietnameseTextAnalyzer;

class EvaluationTest {

    private static Evaluation.Item item(String id, Label gold, Label predicted, double value) {
        return new Evaluation.Item(id, gold, new Score(predicted, value, 0.5, Set.of(), 1, "h", List.of()), id);
    }

    /** gold: 4 negative, 4 neutral, 2 positive; 7 right. */
    private static Evaluation sample() {
        List<Evaluation.Item> items = new ArrayList<>();
        items.add(item("n1", Label.NEGATIVE, Label.NEGATIVE, -0.8));
        items.add(item("n2", Label.NEGATIVE, Label.NEGATIVE, -0.5));
        items.add(item("n3", Label.NEGATIVE, Label.NEGATIVE, -0.4));
        items.add(item("n4", Label.NEGATIVE, Label.NEUTRAL, 0.0));
        items.add(item("u1", Label.NEUTRAL, Label.NEUTRAL, 0.0));
        items.add(item("u2", Label.NEUTRAL, Label.NEUTRAL, 0.05));
        items.add(item("u3", Label.NEUTRAL, Label.NEGATIVE, -0.9));
        items.add(item("u4", Label.NEUTRAL, Label.POSITIVE, 0.3));
        items.add(item("p1", Label.POSITIVE, Label.POSITIVE, 0.6));
        items.add(item("p2", Label.POSITIVE, Label.POSITIVE, 0.7));
        return new Evaluation(items);
    }

    @Test
    void computesPerClassMetricsFromTheConfusionMatrix() {
        Evaluation e = sample();
        assertThat(e.count(Label.NEGATIVE, Label.NEUTRAL)).isEqualTo(1);
        assertThat(e.precision(Label.NEGATIVE)).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(e.recall(Label.NEGATIVE)).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(e.precision(Label.POSITIVE)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(e.recall(Label.POSITIVE)).isCloseTo(1.0, within(1e-9));
        assertThat(e.f1(Label.POSITIVE)).isCloseTo(0.8, within(1e-9));
        assertThat(e.accuracy()).isCloseTo(0.7, within(1e-9));
        double f1Neutral = 2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5);
        assertThat(e.macroF1()).isCloseTo((0.75 + f1Neutral + 0.8) / 3, within(1e-9));
    }

    @Test
    void reportsGoldAndPredictedNegativeShare() {
        Evaluation e = sample();
        assertThat(e.goldNegativeShare()).isCloseTo(0.4, within(1e-9));
        assertThat(e.predictedNegativeShare()).isCloseTo(0.4, within(1e-9));
        assertThat(e.report("sample")).contains("macro-F1", "negative share: gold 40.0 %, predicted 40.0 %");
    }

    @Test
    void worstDisagreementsComeMostConfidentFirst() {
        List<Evaluation.Item> worst = sample().worstDisagreements(2);
        assertThat(worst).extracting(Evaluation.Item::id).containsExactly("u3", "u4");
    }

    @Test
    void subsetsAreEvaluatedOnTheirOwn() {
        Evaluation negatives = sample().subset(i -> i.gold() == Label.NEGATIVE);
        assertThat(negatives.size()).isEqualTo(4);
        assertThat(negatives.recall(Label.NEGATIVE)).isCloseTo(0.75, within(1e-9));
    }

    private static Evaluation.Item titled(String text, Label gold, Label predicted) {
        return new Evaluation.Item(text, gold, new Score(predicted, 0, 0.5, Set.of(), 1, "h", List.of()), text);
    }

    @Test
    void enforcementItemsAreFoundByWholeSyllablesWhateverTheSpelling() {
        var about = Evaluation.mentioning(new VietnameseTextAnalyzer(), List.of("bắt", "khởi tố", "ma túy"), List.of("bắt đầu"));
        assertThat(about.test(titled("Bắt giữ nhóm trộm xe máy", Label.NEGATIVE, Label.NEGATIVE))).isTrue();
        assertThat(about.test(titled("KHỞI TỐ nguyên giám đốc sở", Label.NEGATIVE, Label.NEGATIVE))).isTrue();
        assertThat(about.test(titled("Triệt phá đường dây ma tuý", Label.POSITIVE, Label.NEGATIVE))).isTrue(); // old tone placement
        assertThat(about.test(titled("Bắt đầu năm học mới", Label.NEUTRAL, Label.NEUTRAL))).isFalse();
        assertThat(about.test(titled("Bát phở ngon", Label.NEUTRAL, Label.NEUTRAL))).isFalse();
    }

    @Test
    void theEnforcementSubsetIsReportedOnItsOwnWithTheShareOfTheRest() {
        List<Evaluation.Item> items = new ArrayList<>();
        // labeled by another rule: arrests as positive or neutral, the scorer keeps them negative
        items.add(titled("Bắt giữ nhóm trộm", Label.POSITIVE, Label.NEGATIVE));
        items.add(titled("Bắt quả tang đối tượng", Label.NEUTRAL, Label.NEGATIVE));
        items.add(titled("Bắt nghi phạm cướp", Label.NEGATIVE, Label.NEGATIVE));
        // the rest: 1 gold negative of 4, 2 predicted
        items.add(titled("Lũ quét cuốn trôi nhà", Label.NEGATIVE, Label.NEGATIVE));
        items.add(titled("Khánh thành cầu", Label.POSITIVE, Label.POSITIVE));
        items.add(titled("Thông báo lịch họp", Label.NEUTRAL, Label.NEUTRAL));
        items.add(titled("Giá vàng hôm nay", Label.NEUTRAL, Label.NEGATIVE));
        Evaluation e = new Evaluation(items);
        var about = Evaluation.mentioning(new VietnameseTextAnalyzer(), List.of("bắt"), List.of());
        assertThat(e.subset(about).count(Label.POSITIVE, Label.NEGATIVE)).isEqualTo(1);
        assertThat(e.subset(about.negate()).predictedNegativeShare()).isCloseTo(0.5, within(1e-9));
        String report = e.subsetReport("enforcement", about);
        assertThat(report).contains("enforcement: 3 items, gold negative 33.3 %, predicted negative 100.0 %",
                "negative share without them: gold 25.0 %, predicted 50.0 % (4 items), +25.0 points",
                "confusion (rows gold, columns predicted)",
                "positive           1         0         0");
    }

    private static Evaluation.Item framed(String text, Label gold, Label predicted, boolean sensational) {
        Set<String> flags = sensational ? Set.of(Score.FLAG_SENSATIONAL) : Set.of();
        return new Evaluation.Item(text, gold, new Score(predicted, 0, 0.5, flags, 1, "h", List.of()), text);
    }

    @Test
    void theSensationalSubsetIsReportedOnItsOwnWithTheShareOfTheRest() {
        List<Evaluation.Item> items = new ArrayList<>();
        // clickbait labeled by another rule: neutral or positive there, negative for us
        items.add(framed("Sốc: quả mít khổng lồ nặng 80 kg", Label.NEUTRAL, Label.NEGATIVE, true));
        items.add(framed("Rùng mình trước cảnh sạt lở", Label.NEGATIVE, Label.NEGATIVE, true));
        items.add(framed("Drama showbiz chưa có hồi kết", Label.POSITIVE, Label.NEGATIVE, true));
        // the rest: 1 gold negative of 4, 1 predicted, and all right
        items.add(framed("Lũ quét cuốn trôi nhà", Label.NEGATIVE, Label.NEGATIVE, false));
        items.add(framed("Khánh thành cầu", Label.POSITIVE, Label.POSITIVE, false));
        items.add(framed("Thông báo lịch họp", Label.NEUTRAL, Label.NEUTRAL, false));
        items.add(framed("Giá vàng hôm nay", Label.NEUTRAL, Label.NEUTRAL, false));
        Evaluation e = new Evaluation(items);
        var sensational = Evaluation.flagged(Score.FLAG_SENSATIONAL);
        assertThat(e.subset(sensational).size()).isEqualTo(3);
        assertThat(e.subset(sensational.negate()).macroF1()).isCloseTo(1.0, within(1e-9));
        String report = e.subsetReport("sensational", sensational);
        assertThat(report).contains("sensational: 3 items, gold negative 33.3 %, predicted negative 100.0 %",
                "neutral            1         0         0",
                "positive           1         0         0",
                "negative share without them: gold 25.0 %, predicted 25.0 % (4 items), +0.0 points",
                "without them: macro-F1 1.000");
        // the two rule differences together: an item in either is left out once
        var enforcement = Evaluation.mentioning(new VietnameseTextAnalyzer(), List.of("lũ quét"), List.of());
        assertThat(e.subset(enforcement.or(sensational).negate()).size()).isEqualTo(3);
    }
}
