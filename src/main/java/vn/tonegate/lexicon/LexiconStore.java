package vn.tonegate.lexicon;

import java.util.List;

/**
 * Where the lexicon's entries and their history are kept: the source of truth that every
 * node's index is built from. Versions form a gapless sequence; each {@link #commit} makes the
 * next one, so the state at any earlier version can be read back (and rolled back to).
 */
public interface LexiconStore {

    /** The latest committed version; 0 for a store that has never been written. */
    long version();

    /** The entries of the latest version, in id order, with that version. */
    Snapshot current();

    /** The entries as they were at {@code version}, in id order. */
    List<Entry> at(long version);

    /**
     * Writes one change as version {@code expectedVersion + 1}: entries with id 0 get new ids,
     * entries with an id replace that entry, {@code removed} ids leave the lexicon.
     *
     * @return the stored entries (with their ids) and the new version
     * @throws StaleLexiconException if another writer committed after {@code expectedVersion}
     */
    Commit commit(long expectedVersion, List<Entry> upserts, List<Long> removed);

    /**
     * Seeds an empty store with entries that already have ids, at {@code version}: how an index
     * kept before the store existed becomes its first version.
     */
    void seed(long version, List<Entry> entries);

    record Snapshot(long version, List<Entry> entries) {
        public Snapshot {
            entries = List.copyOf(entries);
        }
    }

    record Commit(long version, List<Entry> stored) {
        public Commit {
            stored = List.copyOf(stored);
        }
    }

    /** Another writer moved the store past the version this node based its change on. */
    final class StaleLexiconException extends RuntimeException {
        public StaleLexiconException(long expected, long actual) {
            super("the lexicon moved from version " + expected + " to " + actual + " meanwhile");
        }
    }
}
