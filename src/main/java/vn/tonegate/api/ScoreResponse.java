package vn.tonegate.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tonegate.lexicon.Category;
import vn.tonegate.scoring.Score;
import vn.tonegate.scoring.ScoredMatch;
import vn.tonegate.text.Field;

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

    /**
     * The JSON names of fields and categories, looked up: each {@code jsonName()} lower-cases the
     * constant's name again, twice for every match of every answer.
     */
    private static final Map<Field, String> FIELDS = names(Field.class, Field::jsonName);
    private static final Map<Category, String> CATEGORIES = names(Category.class, Category::jsonName);

    private static <E extends Enum<E>> Map<E, String> names(Class<E> type, java.util.function.Function<E, String> name) {
        Map<E, String> names = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            names.put(e, name.apply(e));
        }
        return names;
    }

    private static MatchJson match(ScoredMatch m) {
        return new MatchJson(FIELDS.get(m.field()), m.start(), m.end(), m.text(), m.entry(), m.entryId(),
                CATEGORIES.get(m.category()), round(m.contribution()), m.rule());
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
