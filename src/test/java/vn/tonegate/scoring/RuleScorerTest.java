package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.tonegate.lexicon.Category;
import vn.tonegate.lexicon.Entry;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Field;
import vn.tonegate.text.Format;
import vn.tonegate.text.VietnameseTextAnalyzer;

/** Each rule of the scorer, on a small lexicon written for the test. */
class RuleScorerTest {

    private final VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();
    private final LuceneLexicon lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
    private final RuleScorer scorer = new RuleScorer(analyzer, lexicon, ScoringRules.defaults());

    RuleScorerTest() {
        lexicon.addAll(List.of(
                e("tai nạn", Category.NEGATIVE, 2.5), e("tử vong", Category.NEGATIVE, 2.5), e("cháy", Category.NEGATIVE, 2.5),
                e("thiệt hại", Category.NEGATIVE, 1.5), e("khó khăn", Category.NEGATIVE, 1.5),
                e("tốt", Category.POSITIVE, 1.2), e("hỗ trợ", Category.POSITIVE, 2), e("khánh thành", Category.POSITIVE, 2.2),
                e("phát triển", Category.POSITIVE, 2),
                e("sốc", Category.SENSATIONAL, 2.5), e("nóng", Category.SENSATIONAL, 1),
                e("không", Category.NEGATOR, 0.75), e("chưa", Category.NEGATOR, 0.75),
                e("rất", Category.BOOSTER, 1.3), e("lắm", Category.BOOSTER, 1.2), e("hơi", Category.DAMPENER, 0.7),
                e("nhưng", Category.CONTRAST, 1.5), e("mặc dù", Category.CONTRAST, 0.5),
                e("kéo giảm", Category.DECLINE, 0.6), e("giảm", Category.DECLINE, 1.0), e("khắc phục", Category.REMEDIAL, 0.6),
                e("ứng phó", Category.REMEDIAL, 0.6), e("ngăn chặn", Category.REMEDIAL, 0.6), e("giảm thiểu", Category.DECLINE, 1.0),
                e("giải pháp", Category.POSITIVE, 0.8), e("doanh thu", Category.POSITIVE, 0.8), e("lây lan", Category.NEGATIVE, 2),
                e("dịch", Category.NEGATIVE, 2), e("cần", Category.NEGATOR, 0), e("nâng cấp", Category.POSITIVE, 1.5),
                e("vì", Category.CONTRAST, 0.35), e("cải thiện", Category.IMPROVEMENT, 2), e("ô nhiễm", Category.NEGATIVE, 2), e("thua lỗ", Category.NEGATIVE, 1.8), e("ca mắc", Category.NEGATIVE, 2),
                e("không khí", Category.NEUTRAL, 0), e("không ngừng", Category.NEUTRAL, 0),
                e("lao dốc", Category.DETERIORATION, 1.6), e("mưa lớn", Category.NEGATIVE, 2.2), e("ngập sâu", Category.NEGATIVE, 2),
                e("thấp", Category.DECLINE, 1.0), e("ăn chặn", Category.DETERIORATION, 2.2),
                e("đề nghị", Category.NEGATOR, 0)));
    }

    @AfterEach
    void close() throws Exception {
        lexicon.close();
    }

    private static Entry e(String phrase, Category c, double w) {
        return new Entry(0, phrase, c, w, "test", true);
    }

    private Score title(String text) {
        return scorer.score(new Draft(text, "", "", Format.TEXT));
    }

    private static ScoredMatch match(Score s, String entry) {
        return s.matches().stream().filter(m -> m.entry().equals(entry)).findFirst().orElseThrow();
    }

    @Test
    void harmReadsNegativeAndHelpPositive() {
        assertThat(title("Tai nạn làm hai người tử vong").label()).isEqualTo(Label.NEGATIVE);
        assertThat(title("Khánh thành cầu mới, hỗ trợ người dân").label()).isEqualTo(Label.POSITIVE);
        assertThat(title("Lịch tiếp công dân tháng 12").label()).isEqualTo(Label.NEUTRAL);
    }

    @Test
    void absenceOfHarmAsAResultIsPositive() {
        Score s = title("Suốt mùa khô, toàn huyện không có vụ cháy nào");
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
        assertThat(match(s, "cháy").rule()).contains("negated by không");
        assertThat(match(s, "cháy").contribution()).isPositive();
    }

    @Test
    void negatedSuccessIsNegative() {
        assertThat(title("Tiến độ dự án chưa tốt").label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void negationStopsAtPunctuation() {
        Score s = title("Không ai ngờ, tai nạn xảy ra");
        assertThat(match(s, "tai nạn").rule()).doesNotContain("negated");
        assertThat(s.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void negationReachesOnlyAFewWords() {
        Score far = title("Không phải lúc nào cũng có người gặp tai nạn");
        assertThat(match(far, "tai nạn").rule()).doesNotContain("negated");
    }

    @Test
    void pseudoNegationsAndCompoundsDoNotNegate() {
        Score s = title("Chất lượng không khí tốt");
        assertThat(match(s, "tốt").rule()).doesNotContain("negated");
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
        assertThat(title("Kinh tế không ngừng phát triển").label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void boostersBeforeAndAfterStrengthenAndDampenersSoften() {
        double plain = title("Kết quả tốt").value();
        double before = title("Kết quả rất tốt").value();
        double after = title("Kết quả tốt lắm").value();
        double softened = title("Kết quả hơi tốt").value();
        assertThat(before).isGreaterThan(plain);
        assertThat(after).isGreaterThan(plain);
        assertThat(softened).isLessThan(plain).isPositive();
        assertThat(match(title("Kết quả rất tốt"), "tốt").rule()).contains("boosted by rất");
    }

    @Test
    void aDegreeWordThatPrecedesModifiesOnlyWhatFollows() {
        // "rất", "hơi" stand before what they modify: after a phrase they belong to the next word
        assertThat(match(title("Kết quả tốt rất đáng ghi nhận"), "tốt").rule()).doesNotContain("boosted");
        assertThat(match(title("Kết quả tốt hơi bất ngờ"), "tốt").rule()).doesNotContain("dampened");
        assertThat(title("Kết quả tốt rất đáng ghi nhận").value()).isEqualTo(title("Kết quả tốt").value());
        // "lắm" follows what it stresses
        assertThat(match(title("Kết quả tốt lắm"), "tốt").rule()).contains("boosted by lắm");
    }

    @Test
    void aProposalAsksForTheGoodItNamesButReportsTheHarm() {
        Score help = title("Tỉnh đề nghị hỗ trợ người dân");
        assertThat(match(help, "hỗ trợ").rule()).contains("suspended by đề nghị");
        assertThat(help.label()).isEqualTo(Label.NEUTRAL);
        // "đề nghị truy tố", "đề nghị điều tra vụ tai nạn": the harm is the occasion of the proposal
        Score harm = title("Gia đình đề nghị điều tra vụ tai nạn");
        assertThat(match(harm, "tai nạn").rule()).doesNotContain("suspended");
        assertThat(harm.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void aQuestionAskingWhatToDoIsAGuide() {
        Score guide = title("Sau tai nạn cần làm gì?");
        assertThat(match(guide, "tai nạn").rule()).contains("asks what to do");
        assertThat(guide.label()).isEqualTo(Label.NEUTRAL);
        assertThat(title("Khi có thiệt hại nên xử lý thế nào?").label()).isEqualTo(Label.NEUTRAL);
        // "Cần Thơ" is a place, not a need: its question is not advice
        assertThat(match(title("Tai nạn ở Cần Thơ ra sao?"), "tai nạn").rule()).doesNotContain("asks what to do");
        // a question without a modal asks whether or what happened: it still counts, at the question weight
        assertThat(match(title("Tai nạn có làm ai tử vong không?"), "tai nạn").rule()).contains("asked, not reported");
    }

    @Test
    void theClauseAfterAContrastLeads() {
        Score s = title("Còn nhiều khó khăn nhưng kinh tế phát triển tốt");
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
        assertThat(match(s, "khó khăn").rule()).contains("weakened before nhưng");
        Score reverse = title("Kinh tế phát triển nhưng tai nạn tăng");
        assertThat(reverse.value()).isNegative();
    }

    @Test
    void aConcessiveClauseCountsLess() {
        Score s = title("Mặc dù khó khăn, xã vẫn phát triển");
        assertThat(match(s, "khó khăn").rule()).contains("conceded by mặc dù");
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void aQuestionAsksWhetherItIsSoAndCountsLess() {
        Score asked = title("Kết quả có tốt không?");
        assertThat(match(asked, "tốt").rule()).contains("asked, not reported");
        assertThat(asked.value()).isPositive().isLessThan(title("Kết quả tốt").value());
        assertThat(asked.label()).isEqualTo(Label.NEUTRAL);
        // only the sentence that asks: the answer after it is reported
        Score answered = scorer.score(new Draft("Có tốt không? Kết quả tốt", "", "", Format.TEXT));
        assertThat(answered.matches().stream().filter(m -> m.entry().equals("tốt"))
                .map(m -> m.rule().contains("asked, not reported"))).containsExactly(true, false);
        // past a closing quote, and framing still frames
        assertThat(match(title("Kết quả \"tốt\"?"), "tốt").rule()).contains("asked, not reported");
        // asking why takes the event as given: it is reported, not asked about
        Score why = title("Vì sao vụ cháy làm hai người tử vong?");
        assertThat(match(why, "tử vong").rule()).doesNotContain("asked, not reported");
        assertThat(why.label()).isEqualTo(Label.NEGATIVE);
        assertThat(title("Vì sao giá tăng sốc?").flags()).contains(Score.FLAG_SENSATIONAL);
    }

    @Test
    void couldNotBeMoreIsASuperlativeNotADenial() {
        lexicon.addAll(List.of(e("không thể", Category.NEGATOR, 0.75)));
        Score s = title("Kết quả không thể tốt hơn");
        assertThat(match(s, "tốt").rule()).contains("stressed by không thể … hơn").doesNotContain("negated");
        assertThat(s.value()).isGreaterThan(title("Kết quả tốt").value());
        assertThat(title("Tình hình không thể khó khăn hơn").label()).isEqualTo(Label.NEGATIVE);
        assertThat(match(title("Tinh hinh khong the kho khan hon"), "khó khăn").rule()).contains("stressed by");
        // without the comparative right after it, the negator denies as before
        assertThat(title("Kết quả không thể tốt").label()).isEqualTo(Label.NEGATIVE);
        assertThat(match(title("Kết quả không thể tốt, hơn nữa"), "tốt").rule()).contains("negated by không thể");
    }

    @Test
    void framingIsNotTurnedByADirectionWord() {
        Score s = title("Giá giảm sau đợt tăng sốc");
        assertThat(match(s, "sốc").rule()).doesNotContain("reduced");
        assertThat(s.flags()).contains(Score.FLAG_SENSATIONAL);
        assertThat(s.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void remedialVerbsTurnTheHarmTheyReduceIntoProgress() {
        assertThat(title("Kéo giảm tai nạn giao thông").label()).isEqualTo(Label.POSITIVE);
        assertThat(title("Số vụ tai nạn giảm mạnh").label()).isEqualTo(Label.POSITIVE);
        // a negated remedy is a shortfall
        Score unfixed = title("Chưa khắc phục thiệt hại");
        assertThat(match(unfixed, "thiệt hại").rule()).doesNotContain("reduced");
        assertThat(unfixed.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void sensationalFramingIsNegativeOnAnyTopic() {
        Score s = title("Sốc với quả mít khổng lồ nặng 80 kg");
        assertThat(s.label()).isEqualTo(Label.NEGATIVE);
        assertThat(s.flags()).contains(Score.FLAG_SENSATIONAL);
        assertThat(title("Nóng: Khánh thành cầu mới").flags()).contains(Score.FLAG_SENSATIONAL);
        assertThat(title("Quả mít khổng lồ nặng 80 kg!!!").flags()).contains(Score.FLAG_SENSATIONAL);
        assertThat(title("KHÁNH THÀNH CẦU MỚI Ở XÃ VEN BIỂN!").flags()).contains(Score.FLAG_SENSATIONAL);
    }

    @Test
    void capitalsAloneAreAPortalsTypographyNotShouting() {
        Score formal = title("KHÁNH THÀNH CẦU MỚI Ở XÃ VEN BIỂN");
        assertThat(formal.flags()).doesNotContain(Score.FLAG_SENSATIONAL);
        assertThat(formal.label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void weakMarkersAreSensationalOnlyAtTheHeadOfATitle() {
        assertThat(title("Mùa hè nóng kỷ lục ở miền Trung").flags()).doesNotContain(Score.FLAG_SENSATIONAL);
    }

    @Test
    void theHeadlineWeighsMoreThanTheBody() {
        Score s = scorer.score(new Draft("Khánh thành cầu mới", "", "Trước đây cây cầu cũ bị tai nạn.", Format.TEXT));
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
        assertThat(Math.abs(match(s, "khánh thành").contribution())).isGreaterThan(Math.abs(match(s, "tai nạn").contribution()));
    }

    @Test
    void longArticlesDoNotSaturate() {
        String sentence = "Tai nạn làm một người tử vong. ";
        double one = scorer.score(new Draft("", "", sentence, Format.TEXT)).value();
        double many = scorer.score(new Draft("", "", sentence.repeat(200), Format.TEXT)).value();
        assertThat(many).isCloseTo(one, within(1e-9));
    }

    @Test
    void contributionsAddUpToTheScoreAndPointAtTheTextAsSent() {
        String body = "<p>Tai nạn <b>rất</b> nghiêm trọng, nhưng được hỗ trợ tốt.</p>";
        Score s = scorer.score(new Draft("Cháy nhà, không có thiệt hại", "Hỗ trợ người dân", body, Format.HTML));
        double sum = s.matches().stream().mapToDouble(ScoredMatch::contribution).sum();
        assertThat(sum).isCloseTo(s.value(), within(1e-9));
        for (ScoredMatch m : s.matches()) {
            String source = m.field() == Field.BODY ? body : m.field() == Field.TITLE ? "Cháy nhà, không có thiệt hại" : "Hỗ trợ người dân";
            assertThat(source.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void unaccentedAndDecomposedTextScoreLikeTheAccentedOriginal() {
        Score accented = title("Tai nạn giao thông làm 2 người tử vong");
        Score unaccented = title("Tai nan giao thong lam 2 nguoi tu vong");
        Score nfd = title(Normalizer.normalize("Tai nạn giao thông làm 2 người tử vong", Normalizer.Form.NFD));
        assertThat(unaccented.label()).isEqualTo(Label.NEGATIVE);
        assertThat(unaccented.flags()).contains(Score.FLAG_UNACCENTED);
        assertThat(unaccented.confidence()).isLessThan(accented.confidence());
        assertThat(nfd.value()).isEqualTo(accented.value());
        assertThat(nfd.textHash()).isEqualTo(accented.textHash());
    }

    @Test
    void everyScoreNamesItsLexiconVersion() {
        long before = lexicon.version();
        assertThat(title("Tai nạn").lexiconVersion()).isEqualTo(before);
        lexicon.add(e("an toàn", Category.POSITIVE, 1));
        assertThat(title("Tai nạn").lexiconVersion()).isEqualTo(before + 1);
    }

    @Test
    void veryShortDraftsAreFlaggedWithLowerConfidence() {
        Score s = title("Tai nạn");
        assertThat(s.flags()).contains(Score.FLAG_TOO_SHORT);
        assertThat(s.confidence()).isLessThan(title("Tai nạn làm hai người tử vong ở ngã tư").confidence());
    }

    @Test
    void theCacheAnswersTheSameDraftWithoutRescoringAndFollowsTheVersion() {
        int[] calls = {0};
        Scorer counting = d -> {
            calls[0]++;
            return scorer.score(d);
        };
        CachingScorer cached = new CachingScorer(counting, lexicon::version, 1 << 20);
        Draft d = new Draft("Tai nạn giao thông", "", "", Format.TEXT);
        Score first = cached.score(d);
        assertThat(cached.score(d)).isSameAs(first);
        assertThat(calls[0]).isEqualTo(1);
        lexicon.add(e("giao thông", Category.NEUTRAL, 0));
        assertThat(cached.score(d).lexiconVersion()).isEqualTo(first.lexiconVersion() + 1);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aDeclineLowersGoodNewsAsWellAsHarm() {
        assertThat(title("Doanh thu quý ba giảm").label()).isEqualTo(Label.NEGATIVE);
        assertThat(title("Số ca mắc giảm").label()).isEqualTo(Label.POSITIVE);
        assertThat(match(title("Doanh thu quý ba giảm"), "doanh thu").rule()).contains("reduced by giảm");
    }

    @Test
    void aRemedyActsOnHarmOnlyNotOnTheGoodItTouches() {
        Score s = title("Giải pháp ứng phó hiệu quả");
        assertThat(match(s, "giải pháp").rule()).doesNotContain("reduced");
        assertThat(match(s, "giải pháp").contribution()).isPositive();
        assertThat(title("Khắc phục thiệt hại").label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void aDirectionVerbTakesItsObjectBeforeItsSubject() {
        // the object: "giảm thiểu thiệt hại" lowers the damage, not the help before it
        Score help = title("Hỗ trợ người dân giảm thiểu thiệt hại");
        assertThat(match(help, "hỗ trợ").rule()).doesNotContain("reduced");
        assertThat(match(help, "thiệt hại").rule()).contains("reduced by giảm thiểu");
        assertThat(help.label()).isEqualTo(Label.POSITIVE);
        // the subject, however far back in its clause: statistics follow their direction
        Score far = title("Số ca mắc tại hai tỉnh phía nam có xu hướng giảm");
        assertThat(match(far, "ca mắc").rule()).contains("reduced by giảm");
        assertThat(far.label()).isEqualTo(Label.POSITIVE);
        // but not across a causal clause: what falls after "vì" is the price, not the loss
        Score cause = title("Nông dân thua lỗ vì giá lợn giảm");
        assertThat(match(cause, "thua lỗ").rule()).doesNotContain("reduced");
        assertThat(cause.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void aRemedysObjectRunsOnAcrossTheHarmsThatFollowIt() {
        Score s = title("Ngăn chặn dịch ở gia cầm lây lan");
        assertThat(match(s, "dịch").rule()).contains("reduced by ngăn chặn");
        assertThat(match(s, "lây lan").rule()).contains("reduced by ngăn chặn");
        assertThat(s.label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void anIrrealisMarkerSuspendsWhatItGoverns() {
        Score wish = title("Phòng máy cần nâng cấp");
        assertThat(match(wish, "nâng cấp").rule()).contains("suspended by cần");
        assertThat(match(wish, "nâng cấp").contribution()).isZero();
        assertThat(wish.label()).isEqualTo(Label.NEUTRAL);
        // a need does not deny the remedy it asks for: the harm it names is suspended, not restored
        Score directive = title("Cần khắc phục thiệt hại");
        assertThat(directive.label()).isEqualTo(Label.NEUTRAL);
    }

    @Test
    void aWeakMarkerInsideATitleIsAnOrdinaryWord() {
        Score s = title("Tin quân sự mới nóng nhất trong ngày");
        assertThat(s.flags()).doesNotContain(Score.FLAG_SENSATIONAL);
        assertThat(match(s, "nóng").contribution()).isZero();
        assertThat(s.label()).isEqualTo(Label.NEUTRAL);
        assertThat(title("Nóng: Cháy chợ huyện").flags()).contains(Score.FLAG_SENSATIONAL);
    }

    @Test
    void aConcededClauseCannotLeadTheHeadline() {
        Score s = title("Mặc dù khó khăn, xã vẫn phát triển");
        assertThat(match(s, "khó khăn").rule()).doesNotContain("leads the headline");
        assertThat(match(s, "phát triển").rule()).contains("leads the headline");
        // all background: the first phrase still leads
        assertThat(match(title("Bỏ ruộng vì thua lỗ"), "thua lỗ").rule()).contains("leads the headline");
    }

    @Test
    void anImprovementTurnsTheHarmItTouchesOrIsProgressByItself() {
        Score harm = title("Ô nhiễm không khí được cải thiện");
        assertThat(match(harm, "ô nhiễm").rule()).contains("improved by cải thiện");
        assertThat(match(harm, "cải thiện").contribution()).isZero(); // counted once, in the harm it turned
        assertThat(harm.label()).isEqualTo(Label.POSITIVE);
        assertThat(title("Đời sống người dân được cải thiện").label()).isEqualTo(Label.POSITIVE);
        Score shortfall = title("Ô nhiễm chưa được cải thiện");
        assertThat(match(shortfall, "cải thiện").rule()).contains("negated by chưa");
        assertThat(match(shortfall, "ô nhiễm").rule()).doesNotContain("improved");
        assertThat(shortfall.label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void aDeteriorationTurnsTheGoodThingItIsSaidOfOrIsHarmByItself() {
        Score loss = title("Doanh thu bán lẻ lao dốc");
        assertThat(match(loss, "doanh thu").rule()).contains("worsened by lao dốc");
        assertThat(match(loss, "doanh thu").contribution()).isNegative();
        assertThat(match(loss, "lao dốc").contribution()).isZero(); // counted once, in the good it turned
        assertThat(loss.label()).isEqualTo(Label.NEGATIVE);
        assertThat(title("Thị trường lao dốc").label()).isEqualTo(Label.NEGATIVE);
        // a clause of its own between them: the help is not what falls
        Score help = title("Hỗ trợ người dân có nhà bị lao dốc");
        assertThat(match(help, "hỗ trợ").rule()).doesNotContain("worsened");
        // harm is not made good by a change for the worse
        assertThat(match(title("Tai nạn lao dốc"), "tai nạn").contribution()).isNegative();
        // a wrong done to a good thing, its object: the help taken is the loss
        Score taken = title("Ăn chặn tiền hỗ trợ");
        assertThat(match(taken, "hỗ trợ").rule()).contains("worsened by ăn chặn");
        assertThat(taken.label()).isEqualTo(Label.NEGATIVE);
        // and a remedy still works against it
        assertThat(title("Ngăn chặn ăn chặn").label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void aWordOfDirectionPastAnotherPhraseBelongsToThatPhrase() {
        // "thấp" is said of the low-lying area the flooding reached, not of the rain
        Score flood = title("Mưa lớn gây ngập sâu vùng trũng thấp");
        assertThat(match(flood, "mưa lớn").rule()).doesNotContain("reduced");
        assertThat(flood.label()).isEqualTo(Label.NEGATIVE);
        // right after it, the same noun phrase: both are what the direction word lowers
        Score fewer = title("Số tai nạn tử vong giảm");
        assertThat(match(fewer, "tai nạn").rule()).contains("reduced by giảm");
        assertThat(match(fewer, "tử vong").rule()).contains("reduced by giảm");
    }
}
