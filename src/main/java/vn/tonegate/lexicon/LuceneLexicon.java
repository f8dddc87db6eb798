package vn.tonegate.lexicon;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import vn.tonegate.text.TextAnalyzer;

/**
 * The lexicon a node scores and searches with: the entries of a {@link LexiconStore} (the
 * source of truth, shared by every node) kept in a Lucene index (one document per entry, the
 * version in the commit's user data) and compiled into an {@link FstLexiconMatcher}.
 *
 * <p>Writers are serialized; each change is committed to the store first, then to the index,
 * then a new matcher is compiled from the enabled entries and swapped in, so readers never
 * wait for a writer and always see one whole version. Another node's changes arrive through
 * {@link #refresh()}. Webmaster search runs on the index (prefix on normalized keys or on
 * folded keys).
 */
public final class LuceneLexicon implements Lexicon, Closeable {

    private static final String ID = "id";
    private static final String PHRASE = "phrase";
    private static final String CATEGORY = "category";
    private static final String WEIGHT = "weight";
    private static final String NOTE = "note";
    private static final String ENABLED = "enabled";
    private static final String KEYS = "keys";
    private static final String FOLDED = "folded";
    private static final String SORT = "sort";
    private static final String VERSION_KEY = "lexicon.version";
    /** The analyzer's {@linkplain TextAnalyzer#keyRules() key rules} the index's key fields were made by. */
    private static final String KEY_RULES_KEY = "keys.rules";
    /** A writer that raced another node retries on the fresh state this many times. */
    private static final int ATTEMPTS = 3;

    private final TextAnalyzer analyzer;
    private final LexiconStore store;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    private final TreeMap<Long, Entry> entries = new TreeMap<>();
    private final AtomicReference<FstLexiconMatcher> matcher = new AtomicReference<>();
    private volatile long version;

    /** A lexicon of this process only (evaluation, benchmarks, tests): its history lives in memory. */
    public LuceneLexicon(Directory directory, TextAnalyzer analyzer) {
        this(directory, analyzer, new InMemoryLexiconStore());
    }

    /**
     * Opens the index and brings it to the store's version. A store never written takes the
     * index's entries as its first version, so an index kept before the store existed loses nothing.
     */
    public LuceneLexicon(Directory directory, TextAnalyzer analyzer, LexiconStore store) {
        this.analyzer = analyzer;
        this.store = store;
        try {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()) // fields are not analyzed; keys come from the text layer
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            Map<String, String> data = new HashMap<>();
            if (DirectoryReader.indexExists(directory)) {
                writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            this.version = Long.parseLong(data.getOrDefault(VERSION_KEY, "0"));
            this.searchers = new SearcherManager(writer, null);
            loadAll();
            synchronized (writeLock) {
                long stored = store.version();
                if (stored == 0 && !entries.isEmpty()) {
                    store.seed(version, List.copyOf(entries.values()));
                } else if (stored != version) {
                    rebuild(store.current());
                }
                if (!entries.isEmpty() && !analyzer.keyRules().equals(committed(KEY_RULES_KEY))) {
                    // a search for "qui định" must find the "quy định" an older release indexed
                    rebuild(new LexiconStore.Snapshot(version, List.copyOf(entries.values())));
                }
            }
            matcher.set(FstLexiconMatcher.compile(version, List.copyOf(entries.values()), analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lexicon index", e);
        }
    }

    private void loadAll() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            int max = searcher.getIndexReader().maxDoc();
            for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Math.max(1, max)).scoreDocs) {
                Entry e = fromDocument(stored.document(sd.doc));
                entries.put(e.id(), e);
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Catches up with changes other nodes committed to the store; cheap when there are none
     * (one read of the version), so the application calls it every few seconds.
     */
    public void refresh() {
        if (store.version() == version) {
            return;
        }
        synchronized (writeLock) {
            if (store.version() != version) {
                catchUp();
            }
        }
    }

    /** Takes in the store's latest version: the index, the entries and the matcher. */
    private void catchUp() {
        rebuild(store.current());
        publish();
    }

    private void rebuild(LexiconStore.Snapshot snapshot) {
        try {
            writer.deleteAll();
            for (Entry e : snapshot.entries()) {
                writer.addDocument(toDocument(e));
            }
            commitIndex(snapshot.version());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the lexicon index", e);
        }
        entries.clear();
        snapshot.entries().forEach(e -> entries.put(e.id(), e));
    }

    /**
     * The shipped lexicon in an index held in memory: for the evaluation command and the tests
     * that score with it and keep nothing.
     */
    public static LuceneLexicon shippedInMemory(TextAnalyzer analyzer) {
        LuceneLexicon lexicon = new LuceneLexicon(new ByteBuffersDirectory(), analyzer);
        lexicon.seedIfEmpty(DefaultLexicon.load());
        return lexicon;
    }

    /**
     * Loads the given entries as the first version when the lexicon is empty everywhere; does
     * nothing otherwise.
     *
     * @return true if this call seeded the lexicon
     */
    public boolean seedIfEmpty(List<Entry> defaults) {
        defaults.forEach(this::validate);
        List<Entry> fresh = defaults.stream().map(e -> e.withId(0)).toList();
        return write(() -> entries.isEmpty() && version == 0 ? new Change(fresh, List.of()) : null) != null;
    }

    @Override
    public LexiconMatcher matcher() {
        return matcher.get();
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public int size() {
        synchronized (writeLock) {
            return entries.size();
        }
    }

    @Override
    public Optional<Entry> get(long id) {
        synchronized (writeLock) {
            return Optional.ofNullable(entries.get(id));
        }
    }

    /** Every entry in id order; a consistent copy. */
    public List<Entry> all() {
        synchronized (writeLock) {
            return List.copyOf(entries.values());
        }
    }

    @Override
    public List<Entry> search(String query, Category category, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        String text = query == null ? "" : query.strip();
        if (!text.isEmpty()) {
            String keys = String.join(" ", analyzer.keys(text));
            String folded = String.join(" ", analyzer.foldedKeys(text));
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (!keys.isEmpty()) {
                either.add(new PrefixQuery(new Term(KEYS, keys)), BooleanClause.Occur.SHOULD);
            }
            if (!folded.isEmpty() && folded.equals(keys)) {
                // the query has no diacritics: let it find accented entries too
                either.add(new PrefixQuery(new Term(FOLDED, folded)), BooleanClause.Occur.SHOULD);
            }
            q.add(either.build(), BooleanClause.Occur.MUST);
        } else {
            q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (category != null) {
            q.add(new TermQuery(new Term(CATEGORY, category.jsonName())), BooleanClause.Occur.FILTER);
        }
        return run(q.build(), Math.max(1, limit));
    }

    private List<Entry> run(Query query, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                StoredFields stored = searcher.storedFields();
                List<Entry> found = new ArrayList<>();
                Sort byPhrase = new Sort(new SortField(SORT, SortField.Type.STRING));
                for (ScoreDoc sd : searcher.search(query, limit, byPhrase).scoreDocs) {
                    found.add(fromDocument(stored.document(sd.doc)));
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Entry add(Entry entry) {
        return addAll(List.of(entry)).get(0);
    }

    @Override
    public List<Entry> addAll(List<Entry> toAdd) {
        for (Entry e : toAdd) {
            validate(e);
        }
        List<Entry> fresh = toAdd.stream().map(e -> e.withId(0)).toList();
        return write(() -> new Change(fresh, List.of())).stored();
    }

    @Override
    public Optional<Entry> update(long id, Entry entry) {
        validate(entry);
        LexiconStore.Commit done = write(() -> entries.containsKey(id) ? new Change(List.of(entry.withId(id)), List.of()) : null);
        return done == null ? Optional.empty() : Optional.of(done.stored().get(0));
    }

    @Override
    public boolean delete(long id) {
        return write(() -> entries.containsKey(id) ? new Change(List.of(), List.of(id)) : null) != null;
    }

    @Override
    public long rollbackTo(long target) {
        LexiconStore.Commit done = write(() -> {
            if (target < 1 || target > version) {
                throw new IllegalArgumentException("no lexicon version " + target + " (current is " + version + ")");
            }
            Map<Long, Entry> then = new TreeMap<>();
            store.at(target).forEach(e -> then.put(e.id(), e));
            List<Entry> restore = then.values().stream().filter(e -> !e.equals(entries.get(e.id()))).toList();
            List<Long> drop = entries.keySet().stream().filter(id -> !then.containsKey(id)).toList();
            return restore.isEmpty() && drop.isEmpty() ? null : new Change(restore, drop);
        });
        return done == null ? version : done.version();
    }

    /** What one write does to the current state; computed under the write lock, again after a race. */
    private record Change(List<Entry> upserts, List<Long> removed) {
    }

    /**
     * Commits a change to the store, then to the index and the matcher. When another node
     * committed first, catches up and computes the change again on the fresh state.
     *
     * @return the commit, or null when {@code change} found nothing to do
     */
    private LexiconStore.Commit write(java.util.function.Supplier<Change> change) {
        synchronized (writeLock) {
            for (int attempt = 1; ; attempt++) {
                Change c = change.get();
                if (c == null) {
                    return null;
                }
                LexiconStore.Commit done;
                try {
                    done = store.commit(version, c.upserts(), c.removed());
                } catch (LexiconStore.StaleLexiconException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    catchUp();
                    continue;
                }
                apply(done, c.removed());
                return done;
            }
        }
    }

    private void apply(LexiconStore.Commit done, List<Long> removed) {
        try {
            for (Entry e : done.stored()) {
                writer.updateDocument(new Term(ID, Long.toString(e.id())), toDocument(e));
            }
            for (long id : removed) {
                writer.deleteDocuments(new Term(ID, Long.toString(id)));
            }
            commitIndex(done.version());
        } catch (IOException e) {
            // the store has the change; the next refresh rebuilds the index from it
            throw new UncheckedIOException("cannot write the lexicon index", e);
        }
        done.stored().forEach(e -> entries.put(e.id(), e));
        removed.forEach(entries::remove);
        publish();
    }

    /** A phrase must have 1 to 6 syllables once normalized; weight and category are checked by {@link Entry}. */
    @Override
    public void validate(Entry e) {
        int syllables = analyzer.keys(e.phrase()).size();
        if (syllables < 1 || syllables > Entry.MAX_SYLLABLES) {
            throw new IllegalArgumentException("a phrase has 1 to " + Entry.MAX_SYLLABLES + " syllables: \"" + e.phrase() + "\"");
        }
    }

    private String committed(String key) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void commitIndex(long newVersion) throws IOException {
        writer.setLiveCommitData(Map.of(VERSION_KEY, Long.toString(newVersion), KEY_RULES_KEY, analyzer.keyRules()).entrySet());
        writer.commit();
        version = newVersion;
        searchers.maybeRefreshBlocking();
    }

    private void publish() {
        matcher.set(FstLexiconMatcher.compile(version, List.copyOf(entries.values()), analyzer));
    }

    private Document toDocument(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(e.id()), Field.Store.YES));
        d.add(new StoredField(PHRASE, e.phrase()));
        d.add(new StringField(CATEGORY, e.category().jsonName(), Field.Store.YES));
        d.add(new StoredField(WEIGHT, e.weight()));
        d.add(new StoredField(NOTE, e.note()));
        d.add(new StringField(ENABLED, Boolean.toString(e.enabled()), Field.Store.YES));
        String keys = String.join(" ", analyzer.keys(e.phrase()));
        d.add(new StringField(KEYS, keys, Field.Store.NO));
        d.add(new StringField(FOLDED, String.join(" ", analyzer.foldedKeys(e.phrase())), Field.Store.NO));
        d.add(new SortedDocValuesField(SORT, new BytesRef(keys)));
        return d;
    }

    private static Entry fromDocument(Document d) {
        return new Entry(Long.parseLong(d.get(ID)), d.get(PHRASE), Category.parse(d.get(CATEGORY)),
                d.getField(WEIGHT).numericValue().doubleValue(), d.get(NOTE), Boolean.parseBoolean(d.get(ENABLED)));
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            searchers.close();
            if (writer.isOpen()) {
                writer.close();
            }
        }
    }
}
