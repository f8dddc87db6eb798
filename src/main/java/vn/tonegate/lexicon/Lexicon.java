package vn.tonegate.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * The lexicon a node scores with: search and edit entries, and read the current compiled
 * matcher. Every change bumps {@link #version()} and swaps in a new matcher atomically.
 */
public interface Lexicon {

    /** The matcher for the current version; never blocks on an edit in progress. */
    LexiconMatcher matcher();

    long version();

    /**
     * Webmaster search: entries whose phrase starts with {@code query} (accented or not:
     * "tai nan" finds "tai nạn"), optionally of one category; blank query lists all.
     */
    List<Entry> search(String query, Category category, int limit);

    Optional<Entry> get(long id);

    /** Stores a new entry and returns it with its id. */
    Entry add(Entry entry);

    /** Replaces an entry; empty when the id is unknown. */
    Optional<Entry> update(long id, Entry entry);

    /** Removes an entry; false when the id is unknown. */
    boolean delete(long id);

    /** Adds all entries as one change (one version step), or none if any is invalid. */
    List<Entry> addAll(List<Entry> entries);

    /**
     * Makes the lexicon what it was at {@code version}, as a new version (history is never
     * rewritten, so a rollback can itself be rolled back).
     *
     * @return the new version, or the current one if it already equals {@code version}'s state
     * @throws IllegalArgumentException for a version that never existed
     */
    long rollbackTo(long version);

    /** Throws IllegalArgumentException, saying why, for an entry the lexicon would refuse. */
    void validate(Entry entry);

    /** Number of entries, enabled or not. */
    int size();
}
