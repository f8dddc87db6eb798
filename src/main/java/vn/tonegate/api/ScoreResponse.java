package vn.tonegate.api;

import java.util.List;

import vn.tonegate.scoring.Score;
import vn.tonegate.scoring.ScoredMatch;

/** The JSON of a score, as in api.md; numbers rounded to four decimals. */
public record ScoreResponse(String label, double score, double confidence, List<String> flags, long lexiconVersion,
                            String textHash, List<MatchJson> matches) {

    public record MatchJson(String field, int start, int end, String text, String entry, long entryId,
                            String category, double contribution, String rule) {
    }

    public static ScoreResponse of(Score s) {
        List<MatchJson> matches = s.matches().stream().map(ScoreResponse::match).toList();
        return new ScoreResponse(s.label().jsonName(), round(s.value()), round(s.confidence()),
                s.flags().stream().sorted().toList(), s.lexiconVersion(), s.textHash(), matches);
    }

    private static MatchJson match(ScoredMatch m) {
        return new MatchJson(m.field().jsonName(), m.start(), m.end(), m.text(), m.entry(), m.entryId(),
                m.category().jsonName(), round(m.contribution()), m.rule());
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
