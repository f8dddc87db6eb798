package vn.tonegate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextAnalyzerTest {

    private final VietnameseTextAnalyzer analyzer = new VietnameseTextAnalyzer();

    private AnalyzedField title(String text) {
        return analyzer.analyze(new Draft(text, "", "", Format.TEXT)).fields().get(0);
    }

    private AnalyzedField html(String body) {
        return analyzer.analyze(new Draft("", "", body, Format.HTML)).fields().get(0);
    }

    private static List<String> keys(AnalyzedField f) {
        return f.tokens().stream().map(Token::key).toList();
    }

    private static void assertOffsetsCoverTheOriginal(AnalyzedField f) {
        for (Token t : f.tokens()) {
            String surface = f.source().substring(t.start(), t.end());
            assertThat(surface).isNotBlank();
            // the surface, decoded and normalized, reads as the token's key
            String decoded = org.jsoup.parser.Parser.unescapeEntities(surface, false);
            assertThat(Syllables.keys(decoded).key()).isEqualTo(t.key());
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "hoà, hòa", "Hoà, hòa", "HOÀ, hòa", "thuỷ, thủy", "khoẻ, khỏe", "uỷ, ủy", "Uỷ, ủy",
            "hòa, hòa", "thủy, thủy", "hoàng, hoàng", "quý, quí", "già, già", "gì, gì", "người, người",
            "ngoài, ngoài", "mùa, mùa", "giữ, giữ", "quốc, quốc", "thuyết, thuyết", "toán, toán"})
    void oldAndNewTonePlacementShareOneKey(String written, String key) {
        assertThat(title(written).tokens().get(0).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"kỹ thuật, kĩ thuật", "Lý do, lí do", "quy định, qui định", "Quý khách, quí khách", "hy vọng, hi vọng",
            "công ty, công ti", "nước Mỹ, nước Mĩ", "kỳ họp, kì họp", "bác sỹ, bác sĩ", "ky thuat, ki thuat"})
    void theRhymeIAfterAConsonantIsOneWordWrittenIOrY(String withY, String withI) {
        assertThat(keys(title(withY))).isEqualTo(keys(title(withI)));
    }

    @ParameterizedTest
    @CsvSource({"tay, tai", "thủy, thủi", "y tế, i tế", "ý kiến, í kiến", "huy động, hui động", "nguy cơ, ngui cơ", "quyết, quiết",
            // given names, no spelling of a word: "Vy Phạm" is a person, "vi phạm" a violation
            "Vy Phạm, Vi Phạm", "Anh Thy, Anh Thi", "Ny, Ni"})
    void aYThatIsNotTheRhymeIStaysY(String withY, String other) {
        // after a vowel, alone, or before more of its rhyme, y is another sound or another word
        assertThat(keys(title(withY))).isNotEqualTo(keys(title(other)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // mathematical bold, with the Vietnamese marks typed as combining marks after the letter
            "\uD835\uDC12\uD835\uDC28\u0302\u0301\uD835\uDC1C: \uD835\uDC02\uD835\uDC21\uD835\uDC1A\u0301\uD835\uDC32 \uD835\uDC25\uD835\uDC28\u031B\u0301\uD835\uDC27|Sốc: Cháy lớn",
            // mathematical italic and double-struck
            "\uD835\uDC47\uD835\uDC4E\uD835\uDC56 \uD835\uDD5F\uD835\uDD52\u0323\uD835\uDD5F|Tai nạn",
            // fullwidth forms, around precomposed Vietnamese letters
            "ＳỐＣ！ Ｔai nạn ２ người|SỐC! Tai nạn 2 người"})
    void styledLettersAreReadAsThePlainLettersTheyStyle(String styled, String plain) {
        AnalyzedField read = title(styled);
        assertThat(keys(read)).isEqualTo(keys(title(plain)));
        // offsets still point into the text as sent: a styled letter is two chars there, one here
        assertThat(read.tokens()).extracting(t -> styled.substring(t.start(), t.end()))
                .containsExactly(styled.split("[\\s:!！]+"));
    }

    @Test
    void aDraftReadsTheSameAfterALongerOneOnTheSameThread() {
        // the tokenizer's and the hash's arrays are reused, so what a longer draft left in them must not show
        Draft shortOne = new Draft("Mưa lớn - ngập sâu.", "Người dân", "", Format.TEXT);
        AnalyzedDraft first = analyzer.analyze(shortOne);
        String longer = "Hà Nội: xe cộ đông đúc, kẹt xe kéo dài; trời nóng! ".repeat(400);
        analyzer.analyze(new Draft(longer, longer, longer, Format.TEXT));
        AnalyzedDraft again = analyzer.analyze(shortOne);
        assertThat(again.textHash()).isEqualTo(first.textHash());
        for (int f = 0; f < first.fields().size(); f++) {
            assertThat(again.fields().get(f).tokens()).isEqualTo(first.fields().get(f).tokens());
        }
        assertThat(again.fields().get(0).tokens()).extracting(Token::clause).containsExactly(0, 0, 1, 1);
    }

    @Test
    void decomposedUnicodeGivesTheSameKeysAsComposed() {
        String nfc = "Tai nạn giao thông nghiêm trọng làm 3 người tử vong";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(keys(title(nfd))).isEqualTo(keys(title(nfc)));
        assertOffsetsCoverTheOriginal(title(nfd));
        AnalyzedField f = title(nfd);
        Token nan = f.tokens().get(1);
        assertThat(Normalizer.normalize(nfd.substring(nan.start(), nan.end()), Normalizer.Form.NFC)).isEqualTo("nạn");
    }

    @Test
    void dLookAlikesReadAsDStroke() {
        assertThat(title("\u00D0ại học").tokens().get(0).key()).isEqualTo("đại");
        assertThat(title("Đại học").tokens().get(0).folded()).isEqualTo("dai");
    }

    @Test
    void cyrillicLookAlikesReadAsTheLatinLettersTheyImitate() {
        // "п" (Cyrillic pe) typed for n, "о" and "а" for o and a, "П" for N
        String disguised = "Xuất hiệ\u043F biế\u043F thể \u043Fguy hiểm, Phù\u043Fg \u041Fgọc t\u043E\u0430n";
        assertThat(keys(title(disguised))).isEqualTo(keys(title("Xuất hiện biến thể nguy hiểm, Phùng Ngọc toan")));
        assertOffsetsCoverTheOriginal(title(disguised));
        AnalyzedField f = title(disguised);
        Token bien = f.tokens().get(2);
        assertThat(disguised.substring(bien.start(), bien.end())).isEqualTo("biế\u043F");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // TCVN3 (.VnTime fonts), as a CMS receives it when the text is pasted from an old document
            "Céng hßa X· héi chñ nghÜa ViÖt Nam|Cộng hòa Xã hội chủ nghĩa Việt Nam",
            "Tai n¹n giao th«ng lµm 2 ng­êi tö vong|Tai nạn giao thông làm 2 người tử vong",
            // VNI-Windows: each mark a second char after its vowel
            "Coäng hoøa Xaõ hoäi chuû nghóa Vieät Nam|Cộng hòa Xã hội chủ nghĩa Việt Nam",
            "Tai naïn giao thoâng laøm 2 ngöôøi töû vong taïi Ñaø Naüng|Tai nạn giao thông làm 2 người tử vong tại Đà Nẵng"})
    void legacyEncodingsAreReadAsTheUnicodeTheyStandFor(String legacy, String unicode) {
        AnalyzedField read = title(legacy);
        assertThat(keys(read)).isEqualTo(keys(title(unicode)));
        // each token still points at the legacy chars it was read from
        assertThat(read.tokens()).extracting(t -> legacy.substring(t.start(), t.end())).containsExactly(legacy.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoà Bình: khai mạc lễ hội",        // Unicode with old tone placement stays as it is
            "Consenso entre los expertos «desconozco» señor", // Spanish: one ñ is no signature
            "Café, crème brûlée et où",         // French accents
            "Thông báo © 2025 Sở Y tế"})
    void unicodeAndOtherLanguagesAreLeftAlone(String text) {
        assertThat(LegacyVietnamese.detect(text)).isEqualTo(LegacyVietnamese.Encoding.UNICODE);
    }

    @Test
    void unaccentedTextIsDetectedAndFoldsToTheSameKeysAsAccentedText() {
        AnalyzedField plain = title("Tai nan giao thong lam 2 nguoi tu vong");
        AnalyzedField accented = title("Tai nạn giao thông làm 2 người tử vong");
        assertThat(plain.unaccented()).isTrue();
        assertThat(accented.unaccented()).isFalse();
        assertThat(plain.tokens().stream().map(Token::folded).toList())
                .isEqualTo(accented.tokens().stream().map(Token::folded).toList());
    }

    @Test
    void maAndMaHaveDifferentKeysButOneFoldedKey() {
        Token ma = title("ma").tokens().get(0);
        Token maGrave = title("mà").tokens().get(0);
        assertThat(ma.key()).isNotEqualTo(maGrave.key());
        assertThat(ma.folded()).isEqualTo(maGrave.folded());
    }

    @Test
    void shortFieldsAreNeverCalledUnaccented() {
        assertThat(title("Hanoi news").unaccented()).isFalse();
    }

    @Test
    void everyNumberStaysANumberWhenTheTokensOutgrowTheirFirstArrays() {
        // one-digit numbers are two chars a token, where the arrays are sized for about five
        String digits = "1 2 3 4 5 6 7 8 9 ".repeat(20);
        assertThat(title(digits).tokens()).hasSize(180).extracting(Token::kind).containsOnly(Token.Kind.NUMBER);
    }

    @Test
    void numbersWithThousandsSeparatorsAndDecimalsAreOneToken() {
        AnalyzedField f = title("Thu 1.500.000 đồng, tăng 2,5 %");
        assertThat(f.tokens()).extracting(Token::key).containsExactly("thu", "1.500.000", "đồng", "tăng", "2,5");
        assertThat(f.tokens().get(1).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void sentencesEndAtFinalPunctuationAndLineBreaksButNotInsideAbbreviations() {
        AnalyzedField f = title("Tại TP.HCM có mưa. Trời nắng! Vui quá\nMai về");
        assertThat(f.tokens()).extracting(Token::sentence).containsExactly(0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3);
    }

    @Test
    void clausesEndAtCommasColonsBracketsAndSpacedDashes() {
        AnalyzedField f = title("Cháy nhà, không ai bị thương - tin nhanh: ổn (tạm)");
        List<Integer> clauses = f.tokens().stream().map(Token::clause).toList();
        assertThat(clauses).containsExactly(0, 0, 1, 1, 1, 1, 2, 2, 3, 4);
        assertThat(f.tokens()).allMatch(t -> t.sentence() == 0);
    }

    @Test
    void scareQuotesDoNotEndAClauseButTheColonBeforeQuotedSpeechDoes() {
        AnalyzedField f = title("Lợi nhuận \"bốc hơi\" trong quý, lãnh đạo nói: “sẽ phục hồi”");
        assertThat(f.tokens()).extracting(Token::clause).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2);
    }

    @Test
    void hyphenInsideAWordDoesNotEndAClause() {
        AnalyzedField f = title("Covid-19 giảm");
        assertThat(f.tokens()).extracting(Token::clause).containsOnly(0);
    }

    @Test
    void htmlKeepsVisibleTextAltAndCaptionsAndDropsScriptStyleAndComments() {
        String body = "<p>Vụ <b>cháy</b> lớn</p><!-- tử vong --><script>var x='tai nạn';</script>"
                + "<style>.a{}</style><figure><img src=a.jpg alt=\"Lính cứu hỏa\"><figcaption>Hiện trường</figcaption></figure>";
        AnalyzedField f = html(body);
        assertThat(keys(f)).containsExactly("vụ", "cháy", "lớn", "lính", "cứu", "hỏa", "hiện", "trường");
        assertOffsetsCoverTheOriginal(f);
        assertThat(f.visible()).doesNotContain("tai nạn", "tử vong", ".a{}");
    }

    @Test
    void htmlEntitiesAreDecodedWhileOffsetsPointIntoTheRawHtml() {
        String body = "<p>T&agrave;i&nbsp;n&#7841;n giao th&ocirc;ng &amp; ch&aacute;y</p>";
        AnalyzedField f = html(body);
        assertThat(keys(f)).containsExactly("tài", "nạn", "giao", "thông", "cháy");
        Token tai = f.tokens().get(0);
        assertThat(body.substring(tai.start(), tai.end())).isEqualTo("T&agrave;i");
        Token nan = f.tokens().get(1);
        assertThat(body.substring(nan.start(), nan.end())).isEqualTo("n&#7841;n");
        assertOffsetsCoverTheOriginal(f);
    }

    @Test
    void htmlBlocksEndSentencesButSourceLineBreaksDoNot() {
        AnalyzedField f = html("<h2>Tin vui</h2><p>Khánh thành\ncầu mới</p>");
        assertThat(f.tokens()).extracting(Token::sentence).containsExactly(0, 0, 1, 1, 1, 1);
    }

    @Test
    void canonicalTextIsTheSameForEveryWayOfWritingTheSameWords() {
        AnalyzedDraft a = analyzer.analyze(new Draft("Hoà bình", "", "<p>Thuỷ lợi</p>", Format.HTML));
        AnalyzedDraft b = analyzer.analyze(new Draft(Normalizer.normalize("HÒA BÌNH", Normalizer.Form.NFD), "", "Thủy lợi", Format.TEXT));
        assertThat(a.canonicalText()).isEqualTo(b.canonicalText()).isEqualTo("title: hòa bình\nbody: thủy lợi\n");
    }

    @Test
    void theTextHashIsTheSha256OfTheCanonicalText() throws Exception {
        // the analyzer hashes bytes it builds as it goes, never this text: the two must still agree, numbers and long words included
        AnalyzedDraft d = analyzer.analyze(new Draft("Người nghiêng ngả, khuyếch trương 2.500 tỷ đồng",
                "a ở ườ", "Internationalization và được chưa ngoằn ngoèo 15", Format.TEXT));
        byte[] canonical = d.canonicalText().getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        assertThat(d.canonicalText()).startsWith("title: người nghiêng ngả khuyếch trương 2.500 tỉ đồng\nsapo: a ở ườ\nbody: internationalization");
        assertThat(d.textHash()).isEqualTo(expected);
    }

    @Test
    void lexiconPhrasesGetTheKeysOfDraftText() {
        assertThat(analyzer.keys("Phòng, chống tham nhũng")).containsExactly("phòng", "chống", "tham", "nhũng");
        assertThat(analyzer.foldedKeys("tử vong")).containsExactly("tu", "vong");
    }

    @Test
    void emptyFieldsAreLeftOut() {
        AnalyzedDraft d = analyzer.analyze(new Draft("Tin", "  ", "", Format.TEXT));
        assertThat(d.fields()).extracting(AnalyzedField::field).containsExactly(Field.TITLE);
    }
}
