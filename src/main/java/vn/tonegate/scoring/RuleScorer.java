package vn.tonegate.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import vn.tonegate.lexicon.Category;
import vn.tonegate.lexicon.Lexicon;
import vn.tonegate.lexicon.LexiconMatch;
import vn.tonegate.lexicon.LexiconMatcher;
import vn.tonegate.text.AnalyzedDraft;
import vn.tonegate.text.AnalyzedField;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Field;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.Token;
import vn.tonegate.text.Tokens;

/**
 * Lexicon rules in the spirit of VADER, adapted to Vietnamese news.
 *
 * <ol>
 * <li>Each sentiment phrase starts from its weight (negative and sensational below zero).</li>
 * <li>Within its clause it is flipped by a negator just before it ("không có vụ cháy nào"
 *     reads as an achievement) or suspended by an irrealis one ("cần nâng cấp": asked for, not
 *     reported); turned by a direction word that takes it as its object ("kéo giảm tai nạn") or its
 *     subject ("số vụ cháy giảm", "ô nhiễm được cải thiện") unless that word is itself negated
 *     ("chưa khắc phục"): a decline lowers good news too ("doanh thu giảm"), a remedy or an
 *     improvement only acts on harm, a deterioration only on the good thing right next to it
 *     ("lợi nhuận bốc hơi"), and none turns sensational framing ("tăng sốc"); and scaled by
 *     boosters and dampeners next to it ("rất", "lắm", "hơi"). "Không thể X hơn" ("could not be more X")
 *     stresses X instead of denying it.</li>
 * <li>A sentence that ends in a question mark asks, it does not report ("có an toàn không?"): its
 *     phrases count at {@link ScoringRules#questionWeight()}, framing aside; one that asks why
 *     ("Vì sao vụ cháy … ?") takes its event as given and counts in full.</li>
 * <li>An adversative contrast ("nhưng") weakens what came before it in the sentence and
 *     strengthens what follows; a concessive one ("mặc dù") weakens the clause it opens.</li>
 * <li>A sentence saturates (x / sqrt(x² + α)), so a long article is the mean of its sentences,
 *     not a sum that grows with length; a field is the mean of its sentences with sentiment;
 *     the draft is the weighted mean of its fields, title first.</li>
 * <li>A syllable of a proper name ("xã Tiến Thắng", "Ngân hàng Phát triển") is not an evaluation and
 *     counts for nothing; a name that says what an event is ("Lễ Khai giảng") keeps its weight.</li>
 * <li>Sensational framing in the headline makes a draft negative whatever its topic.</li>
 * </ol>
 *
 * Every phrase's contribution is its exact share of the final score, so an editor sees what
 * moved the score and by how much.
 */
public final class RuleScorer implements Scorer {

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final ScoringRules rules;
    /** The rule text of a phrase in a question, formatted once: thousands of phrases per corpus carry it. */
    private final String askedNotReported;
    /**
     * A modifier's weight as its rule text shows it ("×1.30"), formatted once per distinct weight:
     * String.format at each of the corpus's five thousand boosters cost more than the rule itself.
     * A lexicon has a handful of modifier weights; past a thousand, they are formatted every time.
     */
    private final Map<Double, String> formattedWeights = new ConcurrentHashMap<>();
    private static final int FORMATTED_WEIGHTS_LIMIT = 1_000;

    public RuleScorer(TextAnalyzer analyzer, Lexicon lexicon, ScoringRules rules) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.rules = rules;
        this.askedNotReported = "asked, not reported ×" + fmt(rules.questionWeight());
    }

    @Override
    public Score score(Draft draft) {
        AnalyzedDraft analyzed = analyzer.analyze(draft);
        LexiconMatcher matcher = lexicon.matcher();
        List<FieldResult> results = new ArrayList<>();
        boolean recap = false;
        for (AnalyzedField field : analyzed.fields()) {
            recap |= recap(field);
        }
        for (AnalyzedField field : analyzed.fields()) {
            results.add(scoreField(field, matcher.match(field), recap));
        }
        return combine(analyzed, results, matcher.version());
    }

    // ---------------------------------------------------------------- one field

    /** A phrase after the rules: its final raw valence, the sentence it counts in, and why. */
    private static final class Scored {
        final LexiconMatch match;
        final int sentence;
        double raw;
        double share; // filled when the score is combined
        boolean background; // in a clause a concessive or causal contrast opens: it cannot lead the headline
        Scored undoneBy; // a direction word: the negator that undoes it ("chưa khắc phục")
        boolean spentOnDirection; // a negator: it undoes a direction word, so it negates nothing else
        boolean spentOnHarm; // an improvement or a deterioration: it turned what it touches, where its effect is counted
        private List<String> applied; // how the rules changed it, in order; most phrases keep none, so made on the first

        Scored(LexiconMatch match, int sentence, double raw) {
            this.match = match;
            this.sentence = sentence;
            this.raw = raw;
        }

        void because(String rule) {
            if (applied == null) {
                applied = new ArrayList<>(2);
            }
            applied.add(rule);
        }

        /** The rules that changed it, "; " between them, or "" when none did. */
        String why() {
            return applied == null ? "" : applied.size() == 1 ? applied.get(0) : String.join("; ", applied);
        }
    }

    private record FieldResult(AnalyzedField field, List<Scored> all, double value, int sentencesWithSentiment,
                               boolean sensational, boolean notice, int words) {
    }

    private FieldResult scoreField(AnalyzedField field, List<LexiconMatch> matches, boolean recap) {
        Tokens tokens = field.tokens();
        List<Scored> all = new ArrayList<>(matches.size());
        for (LexiconMatch m : matches) {
            Category c = m.entry().category();
            if (!c.isSentiment() && c != Category.NEUTRAL && c != Category.PROCEDURAL && partOfAName(field, m)) {
                continue; // "cầu Vĩnh Tuy" concedes nothing, "Đội Thiếu niên" lacks nothing: a name modifies no phrase
            }
            double raw = switch (c) {
                case POSITIVE, IMPROVEMENT -> m.entry().weight();
                case NEGATIVE, DETERIORATION -> -m.entry().weight() * rules.negativeWeight();
                // a weak marker ("nóng", "khẩn") frames only at the head of a title ("Nóng: …"); elsewhere it is an ordinary word
                case SENSATIONAL -> m.entry().weight() >= STRONG_MARKER || framesTheHead(field, m)
                        ? -m.entry().weight() * rules.negativeWeight() : 0;
                default -> 0;
            };
            Scored scored = new Scored(m, tokens.sentence(m.from()), raw);
            if (raw != 0 && c != Category.SENSATIONAL && partOfAName(field, m)) {
                // "xã Tiến Thắng", "Ngân hàng Phát triển châu Á", "Bệnh viện Hữu nghị": a name, not an evaluation
                scored.raw = 0;
                scored.because(PART_OF_A_NAME);
            }
            if (recap && scored.raw < 0 && c != Category.SENSATIONAL) {
                // "… tập 12: X tố cáo bố chồng là hung thủ": the harm is the story's; framing is still the item's own
                scored.raw *= PLOT;
                scored.because(TOLD_IN_A_PLOT);
            }
            all.add(scored);
        }
        // "chưa khắc phục thiệt hại": the negator undoes the remedy and is spent on it
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).match.entry().category().isDirection()) {
                Scored negator = negatorBefore(all, k, tokens);
                if (negator != null && !suspends(negator)) { // "cần khắc phục" asks for the remedy, it does not deny it
                    all.get(k).undoneBy = negator;
                    negator.spentOnDirection = true;
                }
            }
        }
        Scored previous = null;
        Scored previousNegator = null;
        Scored previousVerb = null; // the direction verb whose object the previous phrase was
        int previousIndex = -1;
        for (int k = 0; k < all.size(); k++) {
            Scored s = all.get(k);
            if (!s.match.entry().category().isSentiment()) {
                continue;
            }
            boolean result = s.match.entry().category().isResult();
            // "chưa được cải thiện": the negator spent on an improvement makes it a shortfall
            Scored negator = result && s.undoneBy != null ? s.undoneBy : negatorBefore(all, k, tokens);
            if (negator != null && s.raw < 0 && proposes(negator)) {
                // "đề nghị truy tố", "đề nghị điều tra việc …": a proposal presupposes the harm it names
                negator = null;
            }
            if (negator == null && previousNegator != null && coordinated(previous, s, tokens)) {
                // "chưa tận tâm, nhiệt tình": one negator governs a list of predicates
                negator = previousNegator;
            }
            if (negator != null && !suspends(negator)) {
                // "nếu còn chưa tiêm vaccine", "nếu không được điều trị": a condition, not a denial that is reported
                Scored condition = irrealisBefore(all, negator, tokens);
                if (condition != null) {
                    negator = condition;
                }
            }
            if (negator != null && superlative(negator, s, tokens)) {
                // "không thể tuyệt vời hơn", "không thể thô lỗ hơn": could not be more so, a degree, not a denial
                s.raw *= SUPERLATIVE;
                s.because("stressed by " + phrase(field, negator) + STRESSED_SUFFIX);
                negator = null;
            } else if (negator != null && suspends(negator)) {
                s.raw = 0;
                s.because("suspended by " + phrase(field, negator) + " (asked for, not reported)");
            } else if (negator != null) {
                s.raw *= -negator.match.entry().weight();
                s.because("negated by " + phrase(field, negator));
            }
            previous = s;
            previousNegator = negator;
            // framing is not a quantity: "giá vàng tăng sốc rồi giảm" is still shouted
            boolean framing = s.match.entry().category() == Category.SENSATIONAL;
            // progress is not turned again; harm done to a good thing still is ("ngăn chặn trục lợi bảo hiểm")
            boolean progress = s.match.entry().category() == Category.IMPROVEMENT;
            Scored remedial = progress || framing ? null : remedialAround(all, k, tokens, s.raw < 0);
            if (remedial == null && !framing && previousVerb != null && acts(previousVerb, s.raw < 0)
                    && sameObject(all, previousIndex, k, tokens)) {
                // "ngăn chặn dịch tả lợn châu Phi lây lan": the verb's object runs on to the next harm
                remedial = previousVerb;
            }
            previousVerb = remedial != null && remedial.match.to() < s.match.from() ? remedial : null;
            previousIndex = k;
            if (remedial != null) {
                Category turn = remedial.match.entry().category();
                boolean improves = turn.isResult();
                s.raw *= improves ? -1 : -remedial.match.entry().weight();
                s.because((turn == Category.IMPROVEMENT ? "improved by " : turn == Category.DETERIORATION ? "worsened by " : "reduced by ")
                        + phrase(field, remedial));
                if (improves) {
                    remedial.spentOnHarm = true;
                }
            }
            // matches do not overlap, so a modifier within the window is at most window + 1 matches away
            int window = rules.boosterWindow();
            for (int j = Math.max(0, k - window - 1), last = Math.min(all.size(), k + window + 2); j < last; j++) {
                if (j == k) {
                    continue;
                }
                Scored b = all.get(j);
                Category c = b.match.entry().category();
                if ((c == Category.BOOSTER || c == Category.DAMPENER) && adjacent(b, s, tokens, rules.boosterWindow())
                        && (b.match.from() < s.match.from() || !PREPOSED.contains(b.match.entry().phrase()))) {
                    s.raw *= b.match.entry().weight();
                    s.because((c == Category.BOOSTER ? "boosted by " : "dampened by ") + phrase(field, b)
                            + times(b.match.entry().weight()));
                }
            }
        }
        for (Scored spent : all) {
            if (spent.spentOnHarm) {
                spent.raw = 0; // its progress (or loss) is what it turned, counted once
                spent.because(spent.match.entry().category() == Category.IMPROVEMENT ? "spent on the harm it improves" : "spent on the good it worsens");
            }
        }
        applyContrast(field, all, tokens);
        if (field.field() == Field.TITLE) {
            // the lead is the first phrase of a main clause ("Mặc dù khó khăn, xã vẫn phát triển" leads with the
            // growth); a headline that is all background ("bỏ ruộng vì thua lỗ") leads with its first phrase
            Scored lead = null;
            for (Scored s : all) {
                if (s.match.entry().category().isSentiment() && s.raw != 0 && (lead == null || lead.background && !s.background)) {
                    lead = s;
                    if (!s.background) {
                        break;
                    }
                }
            }
            if (lead != null) {
                lead.raw *= rules.leadWeight();
                lead.because("leads the headline");
            }
        }

        boolean[] questions = questions(field);
        boolean[] advice = advice(field, questions);
        for (Scored s : all) {
            // a question asks whether it is so; framing ("Vì sao … gây sốc?") still frames
            if (s.raw != 0 && questions[s.sentence] && s.match.entry().category() != Category.SENSATIONAL) {
                if (advice[s.sentence]) {
                    // "F0 điều trị tại nhà cần xử lý thế nào?": a guide to a situation, not a report of it
                    s.raw *= ADVICE;
                    s.because(ASKS_WHAT_TO_DO);
                } else {
                    s.raw *= rules.questionWeight();
                    s.because(askedNotReported);
                }
            }
        }

        double[] sentenceSums = new double[questions.length];
        for (Scored s : all) {
            sentenceSums[s.sentence] += s.raw;
        }
        int hit = 0;
        double sum = 0;
        double[] gain = new double[questions.length]; // by sentence; 0 for one without sentiment
        for (int sentence = 0; sentence < sentenceSums.length; sentence++) {
            double x = sentenceSums[sentence];
            if (x == 0) {
                continue;
            }
            double g = 1 / Math.sqrt(x * x + rules.sentenceAlpha());
            gain[sentence] = g;
            sum += x * g;
            hit++;
        }
        double value = hit == 0 ? 0 : sum / hit;
        for (Scored s : all) {
            double g = gain[s.sentence];
            s.share = g == 0 ? 0 : s.raw * g / hit;
        }
        return new FieldResult(field, all, value, hit, sensational(field, all), notice(field, all), tokens.wordCount());
    }

    /**
     * Which sentences ask whether something is so: they end in a question mark ("Uống trà xanh có
     * tốt không?"), looking past closing quotes and brackets after the last token of each, and do
     * not ask why (a why-question reports its event); one pass over the field.
     */
    private static boolean[] questions(AnalyzedField field) {
        Tokens tokens = field.tokens();
        if (tokens.isEmpty()) {
            return new boolean[0];
        }
        boolean[] questions = new boolean[tokens.sentence(tokens.size() - 1) + 1];
        boolean asks = false;
        String src = field.source();
        for (int i = 0; i < tokens.size(); i++) {
            int sentence = tokens.sentence(i);
            if (i + 1 < tokens.size() && tokens.sentence(i + 1) == sentence) {
                continue;
            }
            int j = tokens.end(i);
            while (j < src.length()) {
                char ch = src.charAt(j);
                if (ch == '?' || ch == '.' || ch == '!' || ch == '…' || Character.isLetterOrDigit(ch)) {
                    break;
                }
                j++;
            }
            questions[sentence] = j < src.length() && src.charAt(j) == '?';
            asks |= questions[sentence];
        }
        // "Vì sao vụ cháy làm ba người tử vong?" asks why, not whether: the event is given, and reported
        for (int i = 1; asks && i < tokens.size(); i++) {
            if (questions[tokens.sentence(i)] && tokens.sentence(i - 1) == tokens.sentence(i)
                    && WHY_TAIL.contains(tokens.key(i)) && WHY.contains(tokens.key(i - 1) + " " + tokens.key(i))) {
                questions[tokens.sentence(i)] = false;
            }
        }
        return questions;
    }

    /** How much a phrase counts in a question that asks what one should do: nothing, the item is a guide. */
    static final double ADVICE = 0;
    private static final String ASKS_WHAT_TO_DO = "asks what to do: a guide, not a report";
    /** Deontic modals: what one needs to, should or must do. */
    private static final Set<String> SHOULD = Set.of("cần", "nên", "phải");
    /** Question words that ask for the thing or the way ("làm gì", "làm sao", "xử lý thế nào"). */
    private static final Set<String> WHAT_OR_HOW = Set.of("gì", "sao", "nào");
    /** How many tokens may stand between the modal and the question word ("cần xử lý thế nào": three). */
    private static final int ADVICE_REACH = 4;

    /**
     * Which questions ask what one should do: a deontic modal and, within a few tokens after it in its
     * clause, a question word ("Người bị gout nên ăn gì?", "… vẫn thấy mệt mỏi, cần làm gì?", "Rác thải
     * của F0 điều trị tại nhà cần xử lý thế nào?"). Such a headline offers advice, as a guide does
     * (labeling: guides stay neutral); the illness or the mishap it names is the case the advice is
     * for, not an event it reports. A why-question is not a question here, so it keeps its event.
     */
    private static boolean[] advice(AnalyzedField field, boolean[] questions) {
        Tokens tokens = field.tokens();
        boolean[] advice = new boolean[questions.length];
        for (int i = 0; i < tokens.size(); i++) {
            if (!questions[tokens.sentence(i)] || !SHOULD.contains(tokens.key(i))
                    || i + 1 < tokens.size() && titleCase(field, i) && titleCase(field, i + 1)) {
                continue; // "Cần Thơ", "Cần Giờ": a place, not a need
            }
            for (int j = i + 1; j <= i + ADVICE_REACH && j < tokens.size() && sameClause(tokens, i, j); j++) {
                if (WHAT_OR_HOW.contains(tokens.key(j))) {
                    advice[tokens.sentence(i)] = true;
                    break;
                }
            }
        }
        return advice;
    }

    /** Asking for a cause presupposes what it asks about; keys, so unaccented "vi sao" is not taken for it. */
    private static final Set<String> WHY = Set.of("vì sao", "tại sao", "vì đâu", "do đâu");
    /** The last syllables of {@link #WHY}, looked at first so that other words of a question build no pair. */
    private static final Set<String> WHY_TAIL = Set.of("sao", "đâu");

    private static final String PART_OF_A_NAME = "part of a name, not an evaluation";

    /**
     * Words that head a proper name: places, institutions and people ("xã Thống Nhất", "Bệnh viện
     * Hữu nghị", "Ngân hàng Phát triển", "anh Thắng"), keys of one, two or three syllables.
     */
    private static final Set<String> NAME_HEADS = Set.of(
            "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "thành phố", "thôn", "ấp", "bản", "làng",
            "xóm", "khu phố", "tổ dân phố", "đường", "phố", "ngõ", "hẻm", "cầu", "chợ", "sông", "hồ", "núi", "đèo",
            "đảo", "cảng", "bến", "bệnh viện", "trường", "ngân hàng", "công ty", "tập đoàn", "quỹ", "viện",
            "trung tâm", "hợp tác xã", "nhà máy", "khu công nghiệp", "khu đô thị", "chùa", "đền", "giáo xứ",
            "sân vận động", "câu lạc bộ", "clb", "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "bé",
            "cháu", "thầy");
    /**
     * The first syllables of the heads of more than one syllable ("thành" of "thành phố"): a longer
     * head is spelled out only after one of them, not at every capitalized phrase.
     */
    private static final Set<String> LONGER_HEAD_STARTS = NAME_HEADS.stream()
            .filter(head -> head.indexOf(' ') > 0).map(head -> head.substring(0, head.indexOf(' '))).collect(Collectors.toUnmodifiableSet());

    /** Nouns that open the name of an event ("Lễ Khai giảng", "Ngày hội Đại đoàn kết"): such a name says what the event is. */
    private static final Set<String> EVENT_HEADS = Set.of("lễ", "ngày", "hội", "tuần", "tháng", "năm", "giải", "cuộc",
            "chương", "phong", "liên", "tết", "mùa", "kỳ", "kỷ", "hội nghị", "đại hội");

    /**
     * Whether a sentiment phrase is a syllable of a proper name. Vietnamese capitalizes names and the
     * starts of sentences only, so the phrase is taken for a name when its first syllable is capitalized
     * (a capital and then small letters) in a clause and either a word that heads a name
     * ({@link #NAME_HEADS}: "xã Thắng Lợi", "Ngân hàng Phát triển", "Xã Tiến Thắng") comes before it or
     * opens the capitalized run it ends, or that run starts inside the clause, where no sentence start
     * explains its capital ("đối đầu Tiến Thắng"). A name that says what an event is ("Lễ Khai giảng")
     * and a name standing alone ("dịp Tết", "khai mạc Đại hội") keep their weight: they name the thing.
     * Headlines set in title case or in capitals capitalize every word, so there the rule stays out.
     */
    private static boolean partOfAName(AnalyzedField field, LexiconMatch m) {
        Tokens tokens = field.tokens();
        int from = m.from();
        if (from == 0 || !titleCase(field, from) || tokens.end(from) - tokens.start(from) < 2
                || !sameClause(tokens, from - 1, from)) {
            return false; // a single capital is an initial or a code ("F0")
        }
        int run = from; // the capitalized syllables before the phrase, in its clause
        while (run > 0 && sameClause(tokens, run - 1, from) && titleCase(field, run - 1)) {
            run--;
        }
        boolean named = headsAName(tokens, from) || headsAName(tokens, run) || run < from && opensWithHead(tokens, run, from);
        if (!named && run < from && run > 0 && sameClause(tokens, run - 1, from)) {
            named = !EVENT_HEADS.contains(tokens.key(run)); // capitals in mid-clause: a name, unless an event's
        }
        return named && !titleCasedSentence(field, from);
    }

    /** Whether the one to three words right before {@code at}, in its clause, head a name ("xã", "bệnh viện"). */
    private static boolean headsAName(Tokens tokens, int at) {
        for (int n = 1; n <= 3 && at - n >= 0 && sameClause(tokens, at - n, at); n++) {
            if ((n == 1 || LONGER_HEAD_STARTS.contains(tokens.key(at - n))) && NAME_HEADS.contains(keys(tokens, at - n, at))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capitalized run from {@code run} to {@code from} opens with a word that heads a name ("Xã Tiến …"). */
    private static boolean opensWithHead(Tokens tokens, int run, int from) {
        boolean longerMayStart = LONGER_HEAD_STARTS.contains(tokens.key(run));
        for (int n = 1; n <= 3 && run + n <= from; n++) {
            if ((n == 1 || longerMayStart) && NAME_HEADS.contains(keys(tokens, run, run + n))) {
                return true;
            }
        }
        return false;
    }

    private static String keys(Tokens tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.key(from);
        }
        StringBuilder b = new StringBuilder(tokens.key(from));
        for (int i = from + 1; i < to; i++) {
            b.append(' ').append(tokens.key(i));
        }
        return b.toString();
    }

    /** A capital and then small letters only ("Thắng", not "COVID", "F0" or "thắng"). */
    private static boolean titleCase(AnalyzedField field, int i) {
        Tokens tokens = field.tokens();
        if (tokens.kind(i) != Token.Kind.WORD) {
            return false;
        }
        String src = field.source();
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (!Character.isUpperCase(src.charAt(start))) {
            return false;
        }
        for (int j = start + 1; j < end; j++) {
            char ch = src.charAt(j);
            if (!Character.isLetter(ch) || Character.isUpperCase(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Whether most words of the sentence of token {@code at} are capitalized ("Chớ Nên Xem Thường Bệnh"): its capitals mark no names. */
    private static boolean titleCasedSentence(AnalyzedField field, int at) {
        Tokens tokens = field.tokens();
        int sentence = tokens.sentence(at);
        // a sentence is a run of tokens: read it alone, not the whole field once per name
        int first = at;
        while (first > 0 && tokens.sentence(first - 1) == sentence) {
            first--;
        }
        int words = 0;
        int capitals = 0;
        for (int i = first; i < tokens.size() && tokens.sentence(i) == sentence; i++) {
            if (tokens.kind(i) != Token.Kind.WORD) {
                continue;
            }
            words++;
            if (Character.isUpperCase(field.source().charAt(tokens.start(i)))) {
                capitals++;
            }
        }
        return capitals * 2 > words;
    }

    /** How much harm counts in the recap of an episode: none, it is the story's, not the news's. */
    static final double PLOT = 0;
    private static final String TOLD_IN_A_PLOT = "told in a plot, not reported";
    /** Words that only a recap of a film or a series uses for itself. */
    private static final Set<String> RECAP_WORDS = Set.of("preview", "trailer", "teaser", "recap", "spoil", "spoiler");
    /** "tập", an episode, and its unaccented spelling. */
    private static final Set<String> EPISODE = Set.of("tập", "tap");

    /**
     * A title that recaps a film or a series tells its plot: it names an episode by its number
     * ("Nữ thanh tra tài ba tập 12: …", "'Police University' tập 29-30: …") or calls itself a preview
     * or a trailer. The harm and the feelings of the plot ("hung thủ", "thiệt mạng", "oan") are the
     * story's, so they count for nothing; sensational framing is still the item's own.
     */
    private static boolean recap(AnalyzedField field) {
        if (field.field() != Field.TITLE) {
            return false;
        }
        Tokens tokens = field.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.key(i);
            if (RECAP_WORDS.contains(key) || EPISODE.contains(key) && episodeNumber(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tokens from {@code i} are an episode's number, or a range of them, that ends its clause
     * ("tập 12:", "tập 29-30:"), not a count of something ("luyện tập 3 buổi mỗi tuần").
     */
    private static boolean episodeNumber(Tokens tokens, int i) {
        int clause = i < tokens.size() ? tokens.clause(i - 1) : -1;
        int j = i;
        while (j < tokens.size() && tokens.kind(j) == Token.Kind.NUMBER && tokens.clause(j) == clause) {
            j++;
        }
        return j > i && (j == tokens.size() || tokens.clause(j) != clause);
    }

    /**
     * A title that opens with a procedural instrument ("Thông báo …", "Kế hoạch …") announces, it does
     * not report; so does one whose last part, after a colon, is one ("Cúm mùa: những điều cần biết",
     * "Sốt xuất huyết: cách phòng tránh"), the headline form of a guide to the topic before the colon.
     * That part is a label, a few words long; one that runs on is a report of its own ("Vụ rò rỉ
     * chấn động: Hồ sơ Pandora hé lộ những chính trị gia nào …").
     */
    private static boolean notice(AnalyzedField field, List<Scored> all) {
        if (field.field() != Field.TITLE || all.isEmpty()) {
            return false;
        }
        if (all.get(0).match.from() <= 1 && all.get(0).match.entry().category() == Category.PROCEDURAL) {
            return true;
        }
        Tokens tokens = field.tokens();
        int lastClause = tokens.clause(tokens.size() - 1);
        for (Scored s : all) {
            int from = s.match.from();
            if (s.match.entry().category() == Category.PROCEDURAL && from > 0 && tokens.clause(from) == lastClause
                    && tokens.clause(from - 1) != lastClause && tokens.size() - from <= GUIDE_LABEL_WORDS
                    && afterColon(field.source(), tokens.start(from))) {
                return true;
            }
        }
        return false;
    }

    /** How long a guide's label after a colon may be: "cách phòng tránh sốt xuất huyết trong mùa mưa" is eight. */
    static final int GUIDE_LABEL_WORDS = 8;

    /** Whether the text before {@code at}, past white space, ends with a colon. */
    private static boolean afterColon(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /**
     * Whether {@code next} continues a list that {@code before} heads: it starts right after it,
     * across nothing but a comma, in the same sentence.
     */
    private static boolean coordinated(Scored before, Scored next, Tokens tokens) {
        int end = before.match.to();
        int start = next.match.from();
        return start == end + 1 && tokens.sentence(end) == tokens.sentence(start)
                && tokens.clause(start) == tokens.clause(end) + 1;
    }

    /**
     * How many words may stand between a good thing and the change for the worse said of it: its own
     * modifiers ("doanh số bán lẻ lao dốc", "lợi nhuận ngân hàng bốc hơi"), not a clause of its own
     * ("hỗ trợ người dân có nhà bị sụp đổ" helps; the house falls).
     */
    static final int DETERIORATION_REACH = 2;

    /**
     * Degree words that only modify what follows them: "rất nghiêm trọng", "siêu bão", "hơi chậm",
     * "đặc biệt khó khăn". After a phrase they belong to the next word ("tịch thu siêu xe" seizes a
     * supercar, "F0 đặc biệt" is a special case), unlike "lắm", "quá", "nhiều", "liên tục", which
     * also follow what they stress ("đẹp lắm", "thua liên tiếp").
     */
    static final Set<String> PREPOSED = Set.of("rất", "siêu", "cực", "đặc biệt", "hơi", "khá", "tương đối", "có phần",
            "có vẻ", "dường như", "hơi bị");

    /** How much "không thể … hơn" stresses the phrase between them. */
    static final double SUPERLATIVE = 1.3;
    private static final String STRESSED_SUFFIX = " … hơn ×" + fmt(SUPERLATIVE);

    /**
     * "không thể X hơn" ("could not be more X") is a superlative: the negator of impossibility and
     * the comparative right after the phrase, in its clause.
     */
    private static boolean superlative(Scored negator, Scored s, Tokens tokens) {
        int after = s.match.to() + 1;
        return IMPOSSIBLE.equals(negator.match.entry().phrase()) && after < tokens.size()
                && sameClause(tokens, s.match.to(), after) && MORE.contains(tokens.key(after));
    }

    private static final String IMPOSSIBLE = "không thể";
    /** "hơn", and its unaccented spelling; the key, not the folded form, so "hòn" is not taken for it. */
    private static final Set<String> MORE = Set.of("hơn", "hon");

    /**
     * A negator of weight 0 is irrealis ("cần", "mong", "nếu"): what it governs is wished for or
     * required, not reported, so it counts for nothing ("cần nâng cấp phòng máy", "cần xử lý nghiêm vi phạm").
     */
    private static boolean suspends(Scored negator) {
        return negator.match.entry().weight() == 0;
    }

    /**
     * Proposals ("đề nghị", "đề xuất"): irrealis like "cần" for the good they ask for ("đề nghị hỗ trợ
     * vắc-xin", "đề xuất làm cao tốc" report no help and no road yet), but the harm they name is the
     * occasion of the proposal, not a wish: "đề nghị truy tố", "đề nghị điều tra việc … trốn khai báo"
     * still report the wrongdoing (labeling: enforcement news stays negative).
     */
    static final Set<String> PROPOSALS = Set.of("đề nghị", "đề xuất");

    private static boolean proposes(Scored negator) {
        return suspends(negator) && PROPOSALS.contains(negator.match.entry().phrase());
    }

    /**
     * The irrealis word ("nếu", "cần") that governs a negator, standing right before it in its clause with at most
     * one word between ("nếu còn chưa", "nếu không"): the negated phrase is then a condition or a requirement,
     * not a shortfall that is reported, so it is suspended as the irrealis word would suspend it.
     */
    private static Scored irrealisBefore(List<Scored> all, Scored negator, Tokens tokens) {
        int k = all.indexOf(negator);
        for (int j = k - 1; j >= 0; j--) {
            Scored n = all.get(j);
            int gap = negator.match.from() - n.match.to() - 1;
            if (gap > 1 || !sameClause(tokens, n.match.to(), negator.match.from())) {
                return null;
            }
            if (n.match.entry().category() == Category.NEGATOR) {
                return suspends(n) ? n : null;
            }
        }
        return null;
    }

    /** The nearest unspent negator before the phrase at {@code k}, within the window and its clause. */
    private Scored negatorBefore(List<Scored> all, int k, Tokens tokens) {
        LexiconMatch target = all.get(k).match;
        for (int j = k - 1; j >= 0; j--) {
            Scored n = all.get(j);
            int gap = target.from() - n.match.to() - 1;
            if (gap > rules.negatorWindow() || !sameClause(tokens, n.match.to(), target.from())) {
                return null; // matches are in text order: nothing further back can be in reach
            }
            if (n.match.entry().category() == Category.NEGATOR && !n.spentOnDirection) {
                return n;
            }
        }
        return null;
    }

    /**
     * The direction word that acts on the phrase at {@code k}: a decline acts on anything, a remedy
     * only on harm ({@code harmful}). A direction verb before the phrase takes it as its object when
     * it stands within the window ("kéo giảm tai nạn", "giảm nghèo"); one after it, anywhere later in
     * the clause, takes it as its subject when the verb has no object of its own ("số ca mắc tại hai
     * tỉnh có xu hướng giảm mạnh", "sự cố đã được khắc phục"), so "hỗ trợ người dân giảm thiểu
     * thiệt hại" lowers the damage, not the help.
     */
    private Scored remedialAround(List<Scored> all, int k, Tokens tokens, boolean harmful) {
        LexiconMatch target = all.get(k).match;
        int window = rules.remedialWindow();
        for (int j = k - 1; j >= 0; j--) {
            Scored r = all.get(j);
            if (!adjacent(r, all.get(k), tokens, window) || r.match.entry().category() == Category.CONTRAST) {
                break;
            }
            if (acts(r, harmful)) {
                return r;
            }
        }
        int nounPhraseEnd = target.to(); // "sự cố mất điện": phrases run together into one subject
        for (int j = k + 1; j < all.size(); j++) {
            Scored r = all.get(j);
            if (!sameClause(tokens, target.to(), r.match.from()) || r.match.entry().category() == Category.CONTRAST) {
                break; // "thua lỗ vì giá lợn giảm": what falls after "vì" is the price, not the loss
            }
            if (acts(r, harmful) && !hasObject(all, j, tokens, window)
                    && (r.match.entry().category() != Category.DETERIORATION || adjacent(r, all.get(k), tokens, DETERIORATION_REACH))) {
                return r;
            }
            if (r.match.entry().category().isSentiment()) {
                if (r.match.from() > nounPhraseEnd + 1) {
                    // "mưa lớn gây ngập nặng vùng trũng thấp", "phản đối phương án bồi thường thấp": past a phrase of
                    // its own, a later word of direction belongs to that phrase
                    break;
                }
                nounPhraseEnd = r.match.to(); // right after it ("sự cố mất điện … được khắc phục"): the same subject
            }
        }
        return null;
    }

    /**
     * Whether the phrase at {@code k} continues the object that the phrase at {@code before} began:
     * within the remedial window of it, in its clause, with no contrast between.
     */
    private boolean sameObject(List<Scored> all, int before, int k, Tokens tokens) {
        if (!adjacent(all.get(before), all.get(k), tokens, rules.remedialWindow())) {
            return false;
        }
        for (int j = before + 1; j < k; j++) {
            if (all.get(j).match.entry().category() == Category.CONTRAST) {
                return false;
            }
        }
        return true;
    }

    private static boolean acts(Scored direction, boolean harmful) {
        Category c = direction.match.entry().category();
        return (c == Category.DECLINE || ((c == Category.REMEDIAL || c == Category.IMPROVEMENT) && harmful)
                || (c == Category.DETERIORATION && !harmful)) && direction.undoneBy == null;
    }

    /** Whether a sentiment phrase follows the direction word at {@code j} within the window, in its clause: its object. */
    private static boolean hasObject(List<Scored> all, int j, Tokens tokens, int window) {
        for (int i = j + 1; i < all.size(); i++) {
            Scored m = all.get(i);
            if (!adjacent(all.get(j), m, tokens, window) || m.match.entry().category() == Category.CONTRAST) {
                return false;
            }
            if (m.match.entry().category().isSentiment()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a modifier stands within {@code window} tokens of the phrase, on either side, in its clause. */
    private static boolean adjacent(Scored modifier, Scored target, Tokens tokens, int window) {
        LexiconMatch m = modifier.match;
        LexiconMatch t = target.match;
        if (m.to() < t.from()) {
            return t.from() - m.to() - 1 <= window && sameClause(tokens, m.to(), t.from());
        }
        if (m.from() > t.to()) {
            return m.from() - t.to() - 1 <= window && sameClause(tokens, t.to(), m.from());
        }
        return false;
    }

    private static boolean sameClause(Tokens tokens, int a, int b) {
        return tokens.clause(a) == tokens.clause(b);
    }

    /**
     * "A nhưng B": A counts less, B more. A concessive contrast (weight below 1, "mặc dù")
     * weakens the clause it opens, up to a comma or the next contrast.
     */
    private void applyContrast(AnalyzedField field, List<Scored> all, Tokens tokens) {
        for (Scored c : all) {
            if (c.match.entry().category() != Category.CONTRAST) {
                continue;
            }
            double w = c.match.entry().weight();
            int sentence = c.sentence;
            String name = null; // its words, read once a rule names them: many a contrast has nothing to act on
            boolean adversative = w >= 1;
            for (Scored s : all) {
                if (s.sentence != sentence || s.raw == 0) {
                    continue;
                }
                String effect = null;
                if (s.match.to() < c.match.from()) {
                    if (adversative) {
                        s.raw *= rules.beforeContrast();
                        effect = "weakened before ";
                    }
                } else if (s.match.from() > c.match.to()) {
                    if (adversative) {
                        s.raw *= w;
                        effect = "stressed after ";
                    } else if (sameClause(tokens, c.match.to(), s.match.from()) && !nextContrastBetween(all, c, s)) {
                        s.raw *= w;
                        s.background = true;
                        effect = "conceded by ";
                    }
                }
                if (effect != null) {
                    if (name == null) {
                        name = phrase(field, c);
                    }
                    s.because(effect + name);
                }
            }
        }
    }

    private static boolean nextContrastBetween(List<Scored> all, Scored contrast, Scored target) {
        for (Scored other : all) {
            if (other != contrast && other.match.entry().category() == Category.CONTRAST
                    && other.sentence == contrast.sentence
                    && other.match.from() > contrast.match.to() && other.match.to() < target.match.from()) {
                return true;
            }
        }
        return false;
    }

    /** Markers at least this strong frame a headline wherever they stand; weaker ones only at its head ("Nóng: …"). */
    static final double STRONG_MARKER = 2.0;

    /** Sensational framing: a marker phrase, "!!", or an all-caps headline that exclaims. Only title and sapo frame an item. */
    private static boolean sensational(AnalyzedField field, List<Scored> all) {
        if (field.field() == Field.BODY) {
            return false;
        }
        for (Scored s : all) {
            if (s.match.entry().category() == Category.SENSATIONAL && s.raw < 0) {
                return true; // weak markers away from the head were already given no valence
            }
        }
        if (field.field() != Field.TITLE) {
            return false;
        }
        String text = field.visible();
        if (text.contains("!!")) {
            return true;
        }
        return text.indexOf('!') >= 0 && shouted(text, field.tokens().size());
    }

    private static boolean framesTheHead(AnalyzedField field, LexiconMatch m) {
        return field.field() != Field.BODY && m.from() == 0 && followedByColonOrBang(field, m);
    }

    private static boolean followedByColonOrBang(AnalyzedField field, LexiconMatch m) {
        String src = field.source();
        int i = field.tokens().end(m.to());
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        return i < src.length() && (src.charAt(i) == ':' || src.charAt(i) == '!');
    }

    /**
     * An all-caps headline of four words or more (acronyms alone do not shout). Capitals alone
     * are not shouting: many government portals set every formal title in capitals ("ĐOÀN ĐBQH
     * … KIẾN NGHỊ VỀ AN SINH XÃ HỘI"), so the caller also asks for an exclamation.
     */
    private static boolean shouted(String text, int tokenCount) {
        if (tokenCount < 4) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper >= letters * 0.9;
    }

    // ---------------------------------------------------------------- the draft

    private Score combine(AnalyzedDraft analyzed, List<FieldResult> results, long version) {
        double weighted = 0;
        double denominator = 0;
        boolean sensational = false;
        boolean notice = false;
        boolean unaccented = false;
        boolean legacy = false;
        int words = 0;
        for (FieldResult r : results) {
            double w = rules.weight(r.field.field());
            if (r.sentencesWithSentiment > 0) {
                weighted += w * r.value;
                denominator += w;
            } else if (r.words > 0) {
                denominator += w * rules.emptyFieldShare();
            }
            notice |= r.notice();
            sensational |= r.sensational;
            unaccented |= r.field.unaccented();
            legacy |= r.field.legacy();
            words += r.words;
        }
        double value = denominator == 0 ? 0 : weighted / denominator;
        List<ScoredMatch> matches = new ArrayList<>();
        double evidence = 0;
        for (FieldResult r : results) {
            double fieldShare = denominator == 0 ? 0 : rules.weight(r.field.field()) / denominator;
            for (Scored s : r.all) {
                double contribution = s.share * fieldShare;
                evidence += Math.abs(s.raw);
                matches.add(toMatch(r.field, s, contribution));
            }
        }
        Label label = rules.label(value, notice, sensational);
        Set<String> flags = new HashSet<>();
        if (notice) {
            flags.add(Score.FLAG_NOTICE);
        }
        if (sensational) {
            flags.add(Score.FLAG_SENSATIONAL);
        }
        if (unaccented) {
            flags.add(Score.FLAG_UNACCENTED);
        }
        if (legacy) {
            flags.add(Score.FLAG_LEGACY_ENCODING);
        }
        if (words < rules.minWords()) {
            flags.add(Score.FLAG_TOO_SHORT);
        }
        double confidence = confidence(label, value, evidence, sensational, unaccented, words);
        return new Score(label, clamp(value), confidence, flags, version, analyzed.textHash(), matches);
    }

    /**
     * How far the score sits from the nearest label boundary, and how much evidence stands
     * behind it; less for unaccented or very short text, where matching is less certain.
     */
    private double confidence(Label label, double value, double evidence, boolean sensational, boolean unaccented, int words) {
        double margin;
        if (label == Label.NEUTRAL) {
            double half = value < 0 ? -rules.negativeBelow() : rules.positiveAbove();
            margin = 1 - Math.abs(value) / half;
        } else {
            double edge = label == Label.NEGATIVE ? -rules.negativeBelow() : rules.positiveAbove();
            margin = Math.min(1, (Math.abs(value) - edge) / (1 - edge) * 2);
        }
        double support = label == Label.NEUTRAL ? 1 : Math.min(1, evidence / 3);
        double c = 0.5 + 0.5 * Math.max(0, margin) * (0.5 + 0.5 * support);
        if (sensational) {
            c = Math.max(c, 0.8);
        }
        if (unaccented) {
            c *= 0.8;
        }
        if (words < rules.minWords()) {
            c *= 0.7;
        }
        return clamp01(c);
    }

    private static ScoredMatch toMatch(AnalyzedField field, Scored s, double contribution) {
        LexiconMatch m = s.match;
        Tokens tokens = field.tokens();
        int start = tokens.start(m.from());
        int end = tokens.end(m.to());
        String rule = s.why();
        if (m.folded()) {
            rule = rule.isEmpty() ? "matched without diacritics" : rule + "; matched without diacritics";
        }
        return new ScoredMatch(field.field(), start, end, field.source().substring(start, end), m.entry().phrase(),
                m.entry().id(), m.entry().category(), contribution, rule);
    }

    private static String phrase(AnalyzedField field, Scored s) {
        return field.surface(s.match.from(), s.match.to()).toLowerCase(Locale.ROOT);
    }

    /** " ×1.30" for a weight of 1.3. */
    private String times(double weight) {
        String text = formattedWeights.get(weight);
        if (text == null) {
            text = " ×" + fmt(weight);
            if (formattedWeights.size() < FORMATTED_WEIGHTS_LIMIT) {
                formattedWeights.put(weight, text);
            }
        }
        return text;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
