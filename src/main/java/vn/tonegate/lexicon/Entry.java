package vn.tonegate.lexicon;

import java.util.Objects;

/**
 * One lexicon entry.
 *
 * @param id       stable id, assigned by the index; 0 for an entry not yet stored
 * @param phrase   1 to 6 syllables, as a webmaster wrote it (matching uses its normalized keys)
 * @param category what it does
 * @param weight   strength or multiplier, see {@link Category}
 * @param note     why the entry is there
 * @param enabled  disabled entries stay searchable but never match
 */
public record Entry(long id, String phrase, Category category, double weight, String note, boolean enabled) {

    public static final int MAX_SYLLABLES = 6;

    public Entry {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(category, "category");
        phrase = phrase.strip();
        note = note == null ? "" : note.strip();
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("phrase must not be blank");
        }
        if (!Double.isFinite(weight) || weight < 0 || weight > 10) {
            throw new IllegalArgumentException("weight must be between 0 and 10");
        }
    }

    public Entry withId(long newId) {
        return new Entry(newId, phrase, category, weight, note, enabled);
    }
}
