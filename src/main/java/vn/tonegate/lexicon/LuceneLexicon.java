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
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import vn.tonegate.text.TextAnalyzer;

/**
 * The lexicon stored in a Lucene index: one document per entry, the version and the next id in
 * the commit's user data, so both survive a restart.
 *
 * <p>Writers are serialized; each change is committed, then a new matcher is compiled from the
 * enabled entries and swapped in, so readers never wait for a writer and always see one whole
 * version. Webmaster search runs on the index (prefix on normalized keys or on folded keys).
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
    private static final String NEXT_ID_KEY = "lexicon.nextId";

    private final TextAnalyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    private final TreeMap<Long, Entry> entries = new TreeMap<>();
    private final AtomicReference<FstLexiconMatcher> matcher = new AtomicReference<>();
    private volatile long version;
    private long nextId;

    public LuceneLexicon(Directory directory, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()) // fields are not analyzed; keys come from the text layer
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            Map<String, String> data = new HashMap<>();
            if (DirectoryReader.indexExists(directory)) {
                writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            this.version = Long.parseLong(data.getOrDefault(VERSION_KEY, "0"));
            this.nextId = Long.parseLong(data.getOrDefault(NEXT_ID_KEY, "1"));
            this.searchers = new SearcherManager(writer, null);
            loadAll();
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

    /** Loads the given entries as version 1 when the index is empty; does nothing otherwise. */
    public void seedIfEmpty(List<Entry> defaults) {
        synchronized (writeLock) {
            if (entries.isEmpty() && version == 0) {
                addAll(defaults);
            }
        }
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
        synchronized (writeLock) {
            for (Entry e : toAdd) {
                validate(e);
            }
            List<Entry> stored = new ArrayList<>(toAdd.size());
            long id = nextId;
            for (Entry e : toAdd) {
                stored.add(e.withId(id++));
            }
            try {
                for (Entry e : stored) {
                    writer.addDocument(toDocument(e));
                }
                commit(version + 1, id);
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException("cannot write the lexicon index", e);
            }
            nextId = id;
            stored.forEach(e -> entries.put(e.id(), e));
            publish();
            return stored;
        }
    }

    @Override
    public Optional<Entry> update(long id, Entry entry) {
        synchronized (writeLock) {
            if (!entries.containsKey(id)) {
                return Optional.empty();
            }
            validate(entry);
            Entry updated = entry.withId(id);
            try {
                writer.updateDocument(new Term(ID, Long.toString(id)), toDocument(updated));
                commit(version + 1, nextId);
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException(e);
            }
            entries.put(id, updated);
            publish();
            return Optional.of(updated);
        }
    }

    @Override
    public boolean delete(long id) {
        synchronized (writeLock) {
            if (!entries.containsKey(id)) {
                return false;
            }
            try {
                writer.deleteDocuments(new Term(ID, Long.toString(id)));
                commit(version + 1, nextId);
            } catch (IOException e) {
                rollback();
                throw new UncheckedIOException(e);
            }
            entries.remove(id);
            publish();
            return true;
        }
    }

    /** A phrase must have 1 to 6 syllables once normalized; weight and category are checked by {@link Entry}. */
    @Override
    public void validate(Entry e) {
        int syllables = analyzer.keys(e.phrase()).size();
        if (syllables < 1 || syllables > Entry.MAX_SYLLABLES) {
            throw new IllegalArgumentException("a phrase has 1 to " + Entry.MAX_SYLLABLES + " syllables: \"" + e.phrase() + "\"");
        }
    }

    private void commit(long newVersion, long newNextId) throws IOException {
        writer.setLiveCommitData(Map.of(VERSION_KEY, Long.toString(newVersion), NEXT_ID_KEY, Long.toString(newNextId)).entrySet());
        writer.commit();
        version = newVersion;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Drops uncommitted changes after a failed write. Lucene closes the writer on rollback, so
     * later edits fail until a restart; matching and search go on with the last committed version.
     */
    private void rollback() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // already failing; the caller reports the original error
        }
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
