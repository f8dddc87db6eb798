package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;
import vn.tonegate.text.VietnameseTextAnalyzer;

/** The hard cases of docs/labeling.md, scored with the shipped lexicon and default rules. */
class HardCasesTest {

    private static LuceneLexicon lexicon;
    private static RuleScorer scorer;

    @BeforeAll
    static void load() {
        VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
        lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
        lexicon.seedIfEmpty(DefaultLexicon.load());
        scorer = new RuleScorer(analyzer, lexicon, ScoringRules.defaults());
    }

    @AfterAll
    static void close() throws Exception {
        lexicon.close();
    }

    private static Label title(String text) {
        return scorer.score(new Draft(text, "", "", Format.TEXT)).label();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Suốt mùa hanh khô, toàn huyện không có vụ cháy nào|POSITIVE",
            "Tiến độ giải ngân chưa đạt kế hoạch|NEGATIVE",
            "Tai nan giao thong lam 2 nguoi tu vong|NEGATIVE",
            "Hỗ trợ 500 hộ dân vùng lũ ổn định cuộc sống|POSITIVE",
            "Bắt giữ nhóm đối tượng trộm cắp xe máy|NEGATIVE",
            "Cảnh báo thủ đoạn lừa đảo qua mạng|NEGATIVE",
            "Sốc!!! Quả mít khổng lồ nặng 80 kg|NEGATIVE",
            "Dịp nghỉ lễ 2/9 không xảy ra vụ việc mất an ninh trật tự|POSITIVE",
            "Xã không còn hộ nghèo|POSITIVE",
            "Số vụ cháy giảm 20 % so với cùng kỳ|POSITIVE",
            "Số ca mắc sởi tăng mạnh|NEGATIVE",
            "Lịch trực phòng chống thiên tai tháng 10|NEUTRAL",
            "Thông báo tiếp nhận hồ sơ hỗ trợ thiệt hại do bão|NEUTRAL",
            "Khánh thành cầu mới thay cây cầu bị lũ cuốn trôi|POSITIVE",
            "Kéo giảm tai nạn giao thông trên địa bàn tỉnh|POSITIVE",
            "Chất lượng không khí ở Hà Nội được cải thiện|POSITIVE",
            "Công an xã được khen thưởng vì bắt cướp|POSITIVE",
            "Cháy nhà dân, không có thiệt hại về người|NEGATIVE",
            "ĐOÀN ĐBQH TỈNH CÓ NHIỀU KIẾN NGHỊ VỀ AN SINH XÃ HỘI|POSITIVE",
            "HỘI NGHỊ TRIỂN KHAI NHIỆM VỤ NĂM 2027|NEUTRAL",
            "QUẢ MÍT KHỔNG LỒ NẶNG 80 KG!|NEGATIVE",
            "Giảng viên còn chưa tận tâm, nhiệt tình|NEGATIVE",
            "Thầy giảng bài quá nhanh|NEGATIVE",
            "Thầy giảng bài rất nhanh và dễ hiểu|POSITIVE"})
    void labelingHardCases(String title, Label expected) {
        assertThat(title(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Hoà giải thành công tranh chấp đất đai|Hòa giải thành công tranh chấp đất đai",
            "Thuỷ điện xả lũ gây ngập|Thủy điện xả lũ gây ngập",
            "Uỷ ban khen thưởng người tốt việc tốt|Ủy ban khen thưởng người tốt việc tốt"})
    void oldAndNewTonePlacementScoreAlike(String oldStyle, String newStyle) {
        Score a = scorer.score(new Draft(oldStyle, "", "", Format.TEXT));
        Score b = scorer.score(new Draft(newStyle, "", "", Format.TEXT));
        Score nfd = scorer.score(new Draft(Normalizer.normalize(newStyle, Normalizer.Form.NFD), "", "", Format.TEXT));
        assertThat(a.value()).isEqualTo(b.value()).isEqualTo(nfd.value());
        assertThat(a.label()).isEqualTo(b.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p>Vụ tai nạn&nbsp;giao thông làm 2 người tử vong</p><script>var ok = 'khen thưởng';</script>|NEGATIVE",
            "<figure><img alt='Lễ khánh thành cầu mới'><figcaption>Niềm vui của người dân</figcaption></figure>|POSITIVE"})
    void cmsHtmlScoresTheVisibleText(String html, Label expected) {
        assertThat(scorer.score(new Draft("", "", html, Format.HTML)).label()).isEqualTo(expected);
    }
}
