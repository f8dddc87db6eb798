package vn.tonegate.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lexicon store that lives as long as the process: for the evaluation command, benchmarks
 * and tests that need a lexicon but no database. Keeps the same history as the SQL store.
 */
public final class InMemoryLexiconStore implements LexiconStore {

    /** One state of one entry, valid in [from, to). */
    private record Row(Entry entry, long from, long to) {
        boolean validAt(long v) {
            return from <= v && v < to;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    /** Where each entry's current row is in {@link #rows}. */
    private final Map<Long, Integer> currentRow = new HashMap<>();
    private long version;
    private long nextId = 1;

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized Snapshot current() {
        Map<Long, Entry> state = new TreeMap<>();
        currentRow.values().forEach(i -> state.put(rows.get(i).entry().id(), rows.get(i).entry()));
        return new Snapshot(version, List.copyOf(state.values()));
    }

    @Override
    public synchronized List<Entry> at(long v) {
        Map<Long, Entry> state = new TreeMap<>();
        for (Row r : rows) {
            if (r.validAt(v)) {
                state.put(r.entry().id(), r.entry());
            }
        }
        return List.copyOf(state.values());
    }

    @Override
    public synchronized Commit commit(long expectedVersion, List<Entry> upserts, List<Long> removed) {
        if (expectedVersion != version) {
            throw new StaleLexiconException(expectedVersion, version);
        }
        long next = version + 1;
        List<Entry> stored = new ArrayList<>(upserts.size());
        for (Entry e : upserts) {
            Entry withId = e.id() == 0 ? e.withId(nextId++) : e;
            nextId = Math.max(nextId, withId.id() + 1);
            close(withId.id(), next);
            open(withId, next);
            stored.add(withId);
        }
        for (long id : removed) {
            close(id, next);
        }
        version = next;
        return new Commit(next, stored);
    }

    @Override
    public synchronized void seed(long atVersion, List<Entry> entries) {
        if (version != 0) {
            throw new IllegalStateException("only an empty store can be seeded");
        }
        for (Entry e : entries) {
            open(e, atVersion);
            nextId = Math.max(nextId, e.id() + 1);
        }
        version = atVersion;
    }

    private void open(Entry e, long atVersion) {
        currentRow.put(e.id(), rows.size());
        rows.add(new Row(e, atVersion, Long.MAX_VALUE));
    }

    private void close(long id, long atVersion) {
        Integer i = currentRow.remove(id);
        if (i != null) {
            Row r = rows.get(i);
            rows.set(i, new Row(r.entry(), r.from(), atVersion));
        }
    }
}
