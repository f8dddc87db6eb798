package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;

/** The hard cases of docs/labeling.md, scored with the shipped lexicon and default rules. */
class HardCasesTest {

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
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    /** The borderline patterns of docs/labeling.md, one or more headlines of our own for each. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // an event that happened stays what it is; enforcement stays negative
            "Hỏa hoạn thiêu rụi ba căn nhà ở chợ huyện|NEGATIVE",
            "Xe container tông xe máy, hai người tử vong tại chỗ|NEGATIVE",
            "Tạm giữ hình sự đối tượng cướp giật túi xách|NEGATIVE",
            "Xử phạt 20 trường hợp vi phạm nồng độ cồn|NEGATIVE",
            "Khởi tố vụ án lợi dụng chức vụ tại ban quản lý dự án|NEGATIVE",
            "Nước sông ô nhiễm, cá chết trắng mặt nước|NEGATIVE",
            "Phát hiện thêm 12 ca mắc sởi tại huyện biên giới|NEGATIVE",
            // absence of harm as a result
            "Suốt mùa mưa bão, huyện không có người chết do thiên tai|POSITIVE",
            "Huyện không còn nhà tạm, nhà dột nát|POSITIVE",
            "Năm học qua không có học sinh bỏ học|POSITIVE",
            "Trọn mùa mưa bão năm 2024, huyện Hải Hậu không có thiệt hại về người|POSITIVE",
            "Hơn 95% trẻ trong độ tuổi được tiêm vắc xin sởi – rubella|POSITIVE",
            // statistics follow their direction, wherever the verb stands in the clause
            "Số vụ phạm pháp hình sự giảm 12 % so với năm trước|POSITIVE",
            "Tỷ lệ thất nghiệp giảm xuống mức thấp nhất 5 năm|POSITIVE",
            "Xuất khẩu thủy sản sụt giảm mạnh|NEGATIVE",
            "Số ca mắc sốt xuất huyết tăng gấp đôi|NEGATIVE",
            // remedial verb and harm noun
            "Đẩy lùi dịch bệnh, người dân trở lại sản xuất|POSITIVE",
            "Khắc phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân|POSITIVE",
            "Ngăn chặn hiệu quả dịch tả lợn châu Phi lây lan|POSITIVE",
            // results against harm: the improvement or recovery is the news
            "Ô nhiễm không khí được cải thiện rõ rệt|POSITIVE",
            "Bệnh nhân bị tai nạn giao thông đã qua cơn nguy kịch|POSITIVE",
            "Bệnh nhân ngộ độc đã được cứu chữa thành công và xuất viện|POSITIVE",
            "Sự cố mất điện trên diện rộng đã được khắc phục|POSITIVE",
            "Ô nhiễm sông chưa được cải thiện|NEGATIVE",
            // shortfalls
            "Thu ngân sách 9 tháng chỉ đạt 50 % dự toán|NEGATIVE",
            "Giải ngân vốn đầu tư công chưa đạt 40 % kế hoạch|NEGATIVE",
            "Tuyến đường nghìn tỷ vừa thông xe đã xuất hiện ổ gà|NEGATIVE",
            "Hàng chục hộ dân chưa nhận được tiền bồi thường|NEGATIVE",
            "Nông dân thua lỗ nặng vì giá lợn giảm sâu|NEGATIVE",
            "Doanh thu du lịch lao dốc vì dịch bệnh|NEGATIVE",
            "Mưa lớn gây ngập sâu vùng trũng thấp ở Quảng Ngãi|NEGATIVE",
            "Người dân phản đối phương án bồi thường thấp|NEGATIVE",
            // a wrong done to a good thing is the wrong, and fighting it is progress
            "Ăn chặn tiền hỗ trợ người nghèo ở xã vùng cao|NEGATIVE",
            "Lợi dụng chính sách hỗ trợ để chiếm đoạt tiền|NEGATIVE",
            "Nhiều công trình nước sạch nông thôn đắp chiếu|NEGATIVE",
            "Ngăn chặn trục lợi bảo hiểm y tế|POSITIVE",
            "Khen thưởng đột xuất Công an phường bắt nhanh nhóm cướp tiệm vàng|POSITIVE",
            // names and the State built from charged syllables
            "Xã Thống Nhất tổ chức hội nghị sơ kết 6 tháng đầu năm|NEUTRAL",
            "Quy định mới về quản lý nhà nước trong lĩnh vực khoáng sản|NEUTRAL",
            // commendations, rescues, relief, headline leads
            "Chiến sĩ công an dũng cảm cứu cháu bé đuối nước|POSITIVE",
            "Ngư dân được cứu hộ an toàn sau 3 ngày trôi dạt|POSITIVE",
            "Khánh thành cầu dân sinh cho bà con vùng lũ|POSITIVE",
            "Cấp điện trở lại cho người dân sau bão|POSITIVE",
            "Trao 200 suất quà cho hộ nghèo đón Tết|POSITIVE",
            "Triệt phá đường dây mua bán ma túy xuyên tỉnh|NEGATIVE",
            // recognitions vs procedure; loaded words in procedure
            "Sản phẩm chè đạt chuẩn OCOP 4 sao|POSITIVE",
            "Phê duyệt quy hoạch chi tiết khu dân cư phía nam thị trấn|NEUTRAL",
            "Hướng dẫn thủ tục đăng ký hỗ trợ thiệt hại do thiên tai|NEUTRAL",
            "Đường dây nóng tiếp nhận phản ánh về tham nhũng|NEUTRAL",
            "Ban Chỉ đạo phòng, chống tham nhũng tỉnh họp phiên thường kỳ|NEUTRAL",
            "Đấu giá tài sản tịch thu sung quỹ nhà nước|NEUTRAL",
            // guides and how-tos are procedural instruments whatever they promise; 'cách' of other words heads nothing
            "Cách làm bánh chưng ngon cho ngày Tết|NEUTRAL",
            "Những lưu ý khi đưa trẻ đi tiêm chủng mở rộng|NEUTRAL",
            "Cách mạng tháng Tám thành công, bài học còn nguyên giá trị|POSITIVE",
            "Cách đây 20 năm, xã khánh thành cây cầu đầu tiên|POSITIVE",
            // neutral compounds that shadow a charged syllable
            "Tỷ giá ngoại tệ hôm nay ngày 12/3|NEUTRAL",
            "Hãng hàng không mở bán vé máy bay Tết|NEUTRAL",
            "Chất lượng không khí hôm nay ở mức trung bình|NEUTRAL",
            "Tin quân sự mới nóng nhất trong ngày|NEUTRAL",
            // weather: routine neutral, hazard warnings negative
            "Dự báo thời tiết: Bắc Bộ trời rét, vùng núi có nơi dưới 10 độ|NEUTRAL",
            "Cảnh báo lũ quét và sạt lở đất ở các tỉnh miền núi phía Bắc|NEGATIVE",
            // a question headline asks, it does not report; an event asked about stays what it is
            "Uống trà xanh mỗi ngày có tốt cho tim mạch không?|NEUTRAL",
            "Loại trái cây nào tốt nhất cho người bệnh tiểu đường?|NEUTRAL",
            "Vì sao vụ cháy chợ đêm làm ba người tử vong?|NEGATIVE",
            // words that name a group, a preparation or a background are not the harm itself
            "Ba nhóm đối tượng phải khai báo y tế khi về quê|NEUTRAL",
            "Nhóm đối tượng trộm cắp tài sản bị bắt quả tang|NEGATIVE",
            "Nông dân chủ động phòng ngừa sâu bệnh trên lúa đông xuân|NEUTRAL",
            "Trường học điều chỉnh lịch thi vì dịch bệnh|NEUTRAL",
            "Tỉnh ghi nhận thêm 120 ca mắc Covid-19 trong cộng đồng|NEGATIVE",
            // cases counted by the disease's name, sentences in either spelling; agents and places named by a cause
            "Phát hiện thêm 12 ca Covid-19 mới tại khu công nghiệp|NEGATIVE",
            "Nam thanh niên trộm xe máy lãnh án 3 năm tù|NEGATIVE",
            "Tổ chức bảo vệ môi trường kiện công ty xả thải ra sông|NEGATIVE",
            "Lãnh đạo tỉnh kiểm tra các chốt kiểm soát ra vào thành phố|NEUTRAL",
            // "không thể … hơn" is a superlative; 'cách' of a behaviour or of tourism is not a guide or a schedule
            "Màn trình diễn không thể tuyệt vời hơn của đội tuyển|POSITIVE",
            "Cách ứng xử không thể thô lỗ hơn của nhân viên nhà ga|NEGATIVE",
            "Du lịch Cát Bà đón khách trở lại sau ba tháng|POSITIVE",
            // recovery, renown and abundance as families
            "Học sinh vùng cao đi học trở lại sau kỳ nghỉ dài|POSITIVE",
            "Chợ đêm lại mở cửa sau ba tháng|POSITIVE",
            "Gốm Bát Tràng vang danh bốn phương|POSITIVE",
            "Nguồn cung rau xanh dồi dào dịp cuối năm|POSITIVE",
            // contained as a result, recovered from the disease named, conceded by 'bất kể'
            "Huyện đã khống chế được ổ dịch sốt xuất huyết|POSITIVE",
            "Hai đối tượng khống chế tài xế taxi để cướp tài sản|NEGATIVE",
            "Bệnh nhân cuối cùng khỏi Covid-19 được xuất viện|POSITIVE",
            "Xuất khẩu rau quả vẫn tăng trưởng bất kể dịch bệnh|POSITIVE",
            // a match lost or played is sport, not harm
            "Đội tuyển nữ thua sát nút trước Thái Lan|NEUTRAL",
            "Hai đội đối đầu ở chung kết giải bóng chuyền|NEUTRAL",
            // rescues: a death outweighs the rescue, everyone saved is positive; attention not given is a shortfall
            "Lật thuyền trên sông, một người thoát nạn, hai người tử vong|NEGATIVE",
            "Ba ngư dân thoát nạn sau hai ngày trôi dạt trên biển|POSITIVE",
            "Công tác phòng cháy ở nhiều chợ chưa được coi trọng|NEGATIVE",
            // compounds that only look charged
            "Món canh chua bắt cơm cho ngày mưa|NEUTRAL",
            "Công điện về việc chủ động ứng phó với áp thấp nhiệt đới|NEUTRAL",
            "Giá cà phê giảm mạnh sau phiên tăng sốc|NEGATIVE",
            "Tình huống bóng chết giúp đội khách có bàn thắng|POSITIVE",
            "Sở Tài chính giải đáp vướng mắc về thủ tục thanh toán vốn|NEUTRAL",
            // a reaction alone is not the harm; unease, the letters' 'tâm lý bất an', still counts
            "Ca sĩ trẻ giật mình khi xem lại ảnh thời đi học|NEUTRAL",
            "Cư dân mạng tranh cãi về trang phục của nữ MC|NEUTRAL",
            "Người dân hoang mang vì tin đồn thất thiệt về dịch bệnh|NEGATIVE",
            // 'chống' names the target of a campaign or a tool; resisting or defying is still the wrongdoing
            "Tuyên truyền phòng, chống tội phạm và tệ nạn ma túy trong học đường|NEUTRAL",
            "Ra mắt ứng dụng chống lừa đảo qua mạng|POSITIVE",
            "Đối tượng chống cự khi bị bắt giữ|NEGATIVE",
            // 'bất chấp' concedes a circumstance; defying a ban is a violation
            "Bất chấp mưa rét, nông dân ra đồng gieo cấy kịp thời vụ|POSITIVE",
            "Bất chấp lệnh cấm, nhiều người vẫn tắm biển|NEGATIVE",
            // the recap of an episode tells a plot; a count of sessions is not an episode
            "Phim Lửa ấm tập 15: Hùng bị vu oan là hung thủ giết người|NEUTRAL",
            "Học sinh luyện tập 3 buổi mỗi tuần bị tai nạn|NEGATIVE",
            // clickbait on any topic
            "Sốc: Phát hiện con trăn dài 5 mét trong nhà dân|NEGATIVE",
            // guides to a danger, their headline forms: neutral (labeling: guides are procedure)
            "Cúm mùa: những điều cần biết|NEUTRAL",
            "Sốt xuất huyết: cách phòng tránh trong mùa mưa|NEUTRAL",
            "Dấu hiệu nhận biết đột quỵ|NEUTRAL",
            "Những điều cần biết về bệnh tay chân miệng|NEUTRAL",
            // … but not a report that has a colon, nor signs of wrongdoing
            "Cháy chung cư: 3 người tử vong|NEGATIVE",
            "Dấu hiệu sai phạm trong đấu thầu thuốc|NEGATIVE"})
    void borderlinePatterns(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    @Test
    void aReportAfterAColonIsNoGuideForOpeningWithAProceduralWord() {
        Score guide = ShippedScorer.score(new Draft("Sốt xuất huyết: cách phòng tránh trong mùa mưa", "", "", Format.TEXT));
        Score report = ShippedScorer.score(new Draft("Rò rỉ dữ liệu: hồ sơ của hàng nghìn bệnh nhân bị bán trên mạng", "", "", Format.TEXT));
        assertThat(guide.flags()).contains(Score.FLAG_NOTICE);
        assertThat(report.flags()).doesNotContain(Score.FLAG_NOTICE);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Hoà giải thành công tranh chấp đất đai|Hòa giải thành công tranh chấp đất đai",
            "Thuỷ điện xả lũ gây ngập|Thủy điện xả lũ gây ngập",
            "Uỷ ban khen thưởng người tốt việc tốt|Ủy ban khen thưởng người tốt việc tốt"})
    void oldAndNewTonePlacementScoreAlike(String oldStyle, String newStyle) {
        Score a = ShippedScorer.score(new Draft(oldStyle, "", "", Format.TEXT));
        Score b = ShippedScorer.score(new Draft(newStyle, "", "", Format.TEXT));
        Score nfd = ShippedScorer.score(new Draft(Normalizer.normalize(newStyle, Normalizer.Form.NFD), "", "", Format.TEXT));
        assertThat(a.value()).isEqualTo(b.value()).isEqualTo(nfd.value());
        assertThat(a.label()).isEqualTo(b.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p>Vụ tai nạn&nbsp;giao thông làm 2 người tử vong</p><script>var ok = 'khen thưởng';</script>|NEGATIVE",
            "<figure><img alt='Lễ khánh thành cầu mới'><figcaption>Niềm vui của người dân</figcaption></figure>|POSITIVE"})
    void cmsHtmlScoresTheVisibleText(String html, Label expected) {
        assertThat(ShippedScorer.score(new Draft("", "", html, Format.HTML)).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Tai n¹n giao th«ng lµm 2 ng\u00ADêi tö vong|NEGATIVE",
            "Coäng hoøa Xaõ hoäi: Khaùnh thaønh caàu môùi|POSITIVE"})
    void legacyEncodedHeadlinesScoreAsTheirUnicodeAndSaySo(String title, Label expected) {
        Score score = ShippedScorer.score(new Draft(title, "", "", Format.TEXT));
        assertThat(score.label()).isEqualTo(expected);
        assertThat(score.flags()).contains(Score.FLAG_LEGACY_ENCODING);
    }
}
