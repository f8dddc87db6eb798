package vn.tonegate.scoring;

import vn.tonegate.lexicon.Category;
import vn.tonegate.text.Field;

/**
 * One phrase that moved the score, and by how much.
 *
 * @param field        where it is
 * @param start        UTF-16 offset into the field exactly as sent (for HTML, into the HTML)
 * @param end          exclusive end offset
 * @param text         the characters at start..end
 * @param entry        the lexicon phrase it matched
 * @param entryId      the lexicon entry's id
 * @param category     the entry's category
 * @param contribution its share of the final score; the contributions of a draft add up to the score
 *                     (modifiers such as negators report 0 and show their effect on the phrase they modify)
 * @param rule         how rules changed it: empty, or e.g. "negated by không", "boosted by rất"
 */
public record ScoredMatch(Field field, int start, int end, String text, String entry, long entryId,
                          Category category, double contribution, String rule) {
}
