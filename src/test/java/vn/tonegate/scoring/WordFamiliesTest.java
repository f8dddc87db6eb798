package vn.tonegate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;


/**
 * Word families of the shipped lexicon, each with the senses that must not be taken for it:
 * headlines of our own, scored with the default rules.
 */
class WordFamiliesTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // communicable and serious diseases by name: cases and outbreaks are epidemic news
            "Thuỷ đậu gia tăng ở trẻ mầm non|NEGATIVE",
            "Quai bị lan rộng trong trường trung học cơ sở|NEGATIVE",
            "Đau mắt đỏ lan rộng tại các trường học|NEGATIVE",
            "Sot ret quay lai o cac xa bien gioi|NEGATIVE",
            "Thương hàn gia tăng tại các tỉnh miền Tây|NEGATIVE",
            "Người đàn ông nhiễm liên cầu lợn sau khi ăn tiết canh|NEGATIVE",
            "Số người nhiễm HIV mới tăng trong nhóm thanh niên|NEGATIVE",
            "Trẻ mắc viêm đường hô hấp gia tăng|NEGATIVE",
            "Dịch tai xanh lan ra nhiều xã|NEGATIVE",
            "Viêm phổi gia tăng ở người cao tuổi|NEGATIVE",
            "Phát hiện thêm nhiều người mắc lao phổi|NEGATIVE",
            "Bệnh lao quay trở lại ở vùng cao|NEGATIVE",
            "Ghi nhận ca sốt rét đầu tiên trong năm|NEGATIVE",
            // vaccines and screenings named for a disease, prevention plans against it, the virus named in a test procedure
            "Trung tâm y tế nhận thêm vắc xin sốt xuất huyết|NEUTRAL",
            "Khám sàng lọc ung thư vú cho phụ nữ tại trạm y tế xã|NEUTRAL",
            "Kế hoạch phòng, chống bệnh lao năm 2025|NEUTRAL",
            "Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS|POSITIVE",
            "Hướng dẫn xét nghiệm SARS-CoV-2 tại cơ sở sản xuất|NEUTRAL",
            // a craft capsized told subject first, a collision told with 'tông', nitrous oxide, a sect, shirking
            "Ca nô bị lật trên biển|NEGATIVE",
            "Tàu hỏa tông xe máy tại đường ngang dân sinh|NEGATIVE",
            "Thanh niên sử dụng bóng cười tại quán bar|NEGATIVE",
            "Cảnh giác với tà đạo lôi kéo đồng bào vùng cao|NEGATIVE",
            "Đứt cáp quang biển, mạng chậm kéo dài|NEGATIVE",
            // 'tông' alone is a colour, not a collision
            "Bộ sưu tập áo dài tông màu pastel|NEUTRAL",
            "Cô dâu chú rể mặc đồ tông xuyệt tông|NEUTRAL",
            // cruelty told in its manner, shock framing, a narrow escape
            "Mẹ kế hành hạ con riêng của chồng tàn nhẫn, man rợ|NEGATIVE",
            "Cảnh tượng sởn gai ốc bên trong căn nhà hoang|NEGATIVE",
            "Hú hồn xe tải lao vào nhà dân lúc nửa đêm|NEGATIVE",
            // kickbacks, bribes told as grease, land brokers, oil spills, banned feed additives
            "Cán bộ địa chính ăn chia tiền đền bù với doanh nghiệp|NEGATIVE",
            "Doanh nghiệp phải chi tiền bôi trơn để được cấp phép|NEGATIVE",
            "Cò đất đẩy giá đất nền lên cao|NEGATIVE",
            "Phát hiện chất tạo nạc trong thịt lợn bày bán ở chợ|NEGATIVE",
            // grease itself and a drill against a spill are not harm
            "Dầu bôi trơn cho động cơ xe máy|NEUTRAL",
            "Đội phòng, chống sự cố tràn dầu diễn tập|NEUTRAL",
            // a proposal asks for the good it names; the harm it names is still reported
            "Tỉnh đề nghị Trung ương hỗ trợ vắc-xin cho người lao động|NEUTRAL",
            "Hiệp hội đề xuất lập quỹ hỗ trợ doanh nghiệp nhỏ|NEUTRAL",
            "Cơ quan điều tra đề nghị truy tố cựu giám đốc sở|NEGATIVE",
            // a question asking what one should do is a guide; one asking what happened keeps its event
            "Người mắc Covid-19 điều trị tại nhà nên ăn gì?|NEUTRAL",
            "Bị tăng huyết áp, thường xuyên mệt mỏi, cần làm gì?|NEUTRAL",
            "Vụ cháy chợ đêm làm ba người tử vong: nguyên nhân là gì?|NEGATIVE",
            // a question of whether asks, it does not report: one word of danger in it leaves the item neutral
            "Trẻ bị sốt cao có nguy hiểm không?|NEUTRAL",
            // harm done and harmful things
            "Thuốc lá điện tử gây hại cho sức khỏe thanh thiếu niên|NEGATIVE",
            "Mạng xã hội ảnh hưởng đến sức khỏe tâm thần của trẻ|NEGATIVE",
            "Tác hại của thuốc lá điện tử với học sinh|NEGATIVE",
            // a fall or a fracture is an accident with a victim
            "Cụ ông trượt ngã khi đi chợ sáng sớm|NEGATIVE",
            "Bé trai té lầu khi chơi một mình ở nhà|NEGATIVE",
            "Công nhân bị gãy chân khi làm việc trên giàn|NEGATIVE",
            // junctions, bargaining, a settled outcome and surprise are not falls
            "Phân luồng giao thông tại ngã tư trung tâm thị trấn|NEUTRAL",
            "Hai bên đã ngã giá xong lô hàng nông sản|NEUTRAL",
            "Kết quả cuộc bầu chọn vẫn chưa ngã ngũ|NEUTRAL",
            "Sự thật ngã ngửa về chiếc xe cũ trong gara|NEUTRAL",
            // courts and their instances: enforcement news stays negative
            "Xét xử phúc thẩm đại án tại tổng công ty đường sắt|NEGATIVE",
            "Cựu giám đốc sở kháng cáo bản án|NEGATIVE",
            "Nguyên chủ tịch xã hầu tòa|NEGATIVE",
            // air and water quality are measurements: the words after them decide
            "Chất lượng không khí tại thủ đô ở mức xấu|NEGATIVE",
            "Chất lượng không khí sáng nay ở mức trung bình|NEUTRAL",
            // money misspent or skimmed off a benefit is a loss, not help
            "Xã chi nhầm tiền hỗ trợ cho nhiều hộ dân|NEGATIVE",
            "Cán bộ thôn ăn bớt tiền hỗ trợ người nghèo|NEGATIVE",
            // harassment by officials, fake platforms, discrimination
            "Người dân bị sách nhiễu khi làm thủ tục đất đai|NEGATIVE",
            "Nhiều người mất tiền vì sàn ảo|NEGATIVE",
            "Học sinh bị miệt thị vì ngoại hình|NEGATIVE",
            // a penalty a rule provides for is policy communication; one imposed is enforcement
            "Từ tháng 7, chủ nhà không khai báo tạm trú cho khách có thể bị phạt|NEUTRAL",
            "Chủ nhà không khai báo tạm trú cho khách bị phạt 5 triệu đồng|NEGATIVE",
            // a business forced to stop is a closure; a scheduled stop is a notice
            "Chợ đêm phải tạm dừng sau hai tuần mở cửa|NEGATIVE",
            "Tạm dừng giao dịch tại điểm bưu điện xã trong hai ngày|NEUTRAL",
            // losing a good thing is a loss
            "Doanh nghiệp đánh mất niềm tin của khách hàng|NEGATIVE",
            // failed attempts and losses one is left holding
            "Thương vụ sáp nhập hai ngân hàng bất thành|NEGATIVE",
            "Nhà đầu tư ôm lỗ sau đợt bán tháo|NEGATIVE",
            // Sino-Vietnamese and chemical words that only share a syllable with a charged one
            "Đó là quy luật tất yếu của thị trường|NEUTRAL",
            "Nhà máy sản xuất phốt pho vàng ở Lào Cai|NEUTRAL",
            // 'chịu ảnh hưởng' takes the direction of its cause; 'bị ảnh hưởng' is adversative
            "Giá vàng trong nước chịu ảnh hưởng từ thị trường thế giới|NEUTRAL",
            "Giá vàng trong nước chịu ảnh hưởng của cơn bão số 7|NEGATIVE",
            // interest on a loan is not a profit; usury is a social evil in either word order
            "Ngân hàng công bố lãi vay mới cho hộ kinh doanh|NEUTRAL",
            "Triệt phá đường dây cho vay lãi nặng|NEGATIVE",
            // Sino-Vietnamese 'thiếu' (young, junior) lacks nothing; 'Cần Thơ' needs nothing
            "Thiếu nhi vui đón Tết Trung thu|POSITIVE",
            "Thiếu tướng Nguyễn Văn An trao bằng khen cho các tập thể|POSITIVE",
            "Nhiều trường học thiếu giáo viên|NEGATIVE",
            "TP Cần Thơ khánh thành cầu mới|POSITIVE",
            "Cần nâng cấp tuyến đường xuống cấp|NEUTRAL",
            // institutions named for development report none
            "Sở Nông nghiệp và Phát triển nông thôn họp giao ban tháng 10|NEUTRAL",
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam công bố lãi suất mới|NEUTRAL",
            // a modifier inside a name modifies nothing: 'Tuy' of 'Vĩnh Tuy' is no 'tuy' (although)
            "Người dân vui chơi dưới chân cầu Vĩnh Tuy sau nới lỏng giãn cách|POSITIVE",
            // leaks: of data, of radiation, of oil
            "Rò rỉ dữ liệu của hàng nghìn bệnh nhân|NEGATIVE",
            "Hàng triệu khách hàng bị lộ thông tin cá nhân|NEGATIVE",
            "Rò rỉ phóng xạ tại nhà máy điện hạt nhân|NEGATIVE",
            "Tàu chở hàng rò rỉ dầu ra vịnh|NEGATIVE"})
    void familiesAndTheirOtherSenses(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    /** Scare quotes stress a word; the word still belongs to its clause and acts on its subject. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Nhiều trạm y tế xã mới xây đã \"đắp chiếu\"|NEGATIVE",
            "Nhiều trạm y tế xã mới xây đã đắp chiếu|NEGATIVE",
            "Lợi nhuận hãng bay \"bốc hơi\" trong quý ba|NEGATIVE"})
    void scareQuotesKeepAWordInItsClause(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    /** A syllable of a proper name is not an evaluation; a name that says what an event is keeps its weight. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
            "Xã Tiến Thắng chuyển lên cấp độ 2|Thắng",
            "Ngân hàng Phát triển châu Á công bố báo cáo mới|Phát triển",
            "Cổ đông Dương Tất Thắng đăng ký mua cổ phiếu|Thắng"})
    void aSyllableOfANameCountsForNothing(String title, String word) {
        Score score = ShippedScorer.score(new Draft(title, "", "", Format.TEXT));
        assertThat(score.matches()).filteredOn(m -> m.text().equals(word))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.contribution()).isZero();
                    assertThat(m.rule()).contains("part of a name");
                });
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Trường tổ chức Lễ Khai giảng năm học mới|POSITIVE",
            "Hà Nội: Thắng lợi của chiến dịch tiêm chủng|POSITIVE"})
    void namesOfEventsAndSentenceStartsKeepTheirWeight(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    /** A negator inside a condition states a condition, not a shortfall; a reported shortfall stays one. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Người dân nếu còn chưa tiêm vaccine thì đăng ký tại trạm y tế phường|NEUTRAL",
            "Nhiều người dân vẫn chưa được tiêm vaccine|NEGATIVE"})
    void aNegatedConditionIsNotAShortfall(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }

    /** The families a re-ruling of real news by labeling.md found missing or read in the wrong sense. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // 'không may' tells a misfortune: its 'không' must not turn the harm after it into none
            "Hai cha con không may bị nước lũ cuốn trôi|NEGATIVE",
            "Người đàn ông chẳng may ngã xuống giếng sâu|NEGATIVE",
            // criticism as the subject, abuse, hardship, contraction
            "Bộ phim mới bị chỉ trích vì xuyên tạc lịch sử|NEGATIVE",
            "Tình trạng lạm dụng kháng sinh ở trẻ nhỏ đáng báo động|NEGATIVE",
            "Người dân vùng ven biển khát nước mùa khô|NEGATIVE",
            "Kinh tế quý II tăng trưởng âm|NEGATIVE",
            // feats, benefactors, a righted injustice, a launch
            "Đội tuyển lập kỳ tích tại giải châu Á|POSITIVE",
            "Mạnh thường quân trao quà cho học sinh nghèo|POSITIVE",
            "Người đàn ông được minh oan sau 10 năm|POSITIVE",
            "Ứng dụng dịch vụ công mới chính thức trình làng|POSITIVE",
            // sales talk and a common noun that only hold a charged word
            "Điện thoại giảm sốc 2 triệu đồng dịp cuối năm|NEUTRAL",
            "Hình ảnh nóng bỏng của người mẫu trên tạp chí|NEUTRAL",
            // a given name is no spelling of a word: 'Vy Phạm' is a person, 'vi phạm' a violation
            "Ca sĩ Vy Phạm ra mắt khán giả thủ đô|POSITIVE",
            // a routine forecast stays neutral; a warning of very heavy rain does not
            "Dự báo thời tiết ngày mai: Hà Nội có mưa to vài nơi|NEUTRAL",
            "Cảnh báo mưa rất to và lũ quét ở các tỉnh miền núi|NEGATIVE",
            // explainers and tips are guides whatever their topic; racism reported is not one
            "Phân biệt tội trộm cắp và tội cướp giật|NEUTRAL",
            "Mách mẹ cách phòng bệnh tay chân miệng cho trẻ|NEUTRAL",
            "Cầu thủ bị phân biệt chủng tộc trên sân cỏ|NEGATIVE"})
    void familiesFromTheReRulingOfRealNews(String title, Label expected) {
        assertThat(ShippedScorer.title(title)).isEqualTo(expected);
    }
}
