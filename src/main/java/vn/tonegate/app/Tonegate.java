package vn.tonegate.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import vn.tonegate.account.AccountStore;
import vn.tonegate.account.PasswordHasher;
import vn.tonegate.account.Sessions;
import vn.tonegate.ledger.AuditLog;
import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.ledger.Ledger;
import vn.tonegate.ledger.Transactions;
import vn.tonegate.lexicon.DefaultLexicon;
import vn.tonegate.lexicon.Lexicon;
import vn.tonegate.lexicon.LuceneLexicon;
import vn.tonegate.lexicon.SqlLexiconStore;
import vn.tonegate.policy.Gate;
import vn.tonegate.policy.Portals;
import vn.tonegate.scoring.CachingScorer;
import vn.tonegate.scoring.RuleScorer;
import vn.tonegate.scoring.Scorer;
import vn.tonegate.scoring.ScoringRules;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.VietnameseTextAnalyzer;

/**
 * The product's object graph, built once from {@link Settings}. The HTTP application and the
 * command-line tools both start from here, so they score with the same parts.
 */
public final class Tonegate implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Tonegate.class.getName());
    private static final long LEXICON_SYNC_SECONDS = 5;
    private static final long SWEEP_SECONDS = 600;
    /**
     * Scores kept for drafts asked again (a check, then its publish event; an editor checking
     * twice). A few thousand full articles, or tens of thousands of headlines, fit in it.
     */
    private static final long SCORE_CACHE_BYTES = 32L << 20;

    private final Settings settings;
    private final Database database;
    private final AccountStore accounts;
    private final TextAnalyzer analyzer;
    private final LuceneLexicon lexicon;
    private final Scorer scorer;
    private final Clock clock;
    private final Ledger ledger;
    private final Portals portals;
    private final Gate gate;
    private final AuditLog audit;
    private final Sessions sessions = new Sessions();
    private final List<AutoCloseable> closeables;

    private Tonegate(Settings settings, Database database, AccountStore accounts, TextAnalyzer analyzer,
                     LuceneLexicon lexicon, Scorer scorer, Clock clock, List<AutoCloseable> closeables) {
        this.settings = settings;
        this.database = database;
        this.accounts = accounts;
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.scorer = scorer;
        this.clock = clock;
        Transactions tx = new Transactions(database.dataSource());
        this.ledger = new Ledger(tx);
        this.portals = new Portals(tx, clock);
        this.gate = new Gate(portals, ledger, scorer, clock);
        this.audit = new AuditLog(tx);
        this.closeables = closeables;
    }

    /** Opens the store and the lexicon, creating both on first start. */
    public static Tonegate start(Settings settings) {
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            Files.createDirectories(settings.home());
            Database database = settings.dbUrl()
                    .map(url -> Database.open(url, settings.dbUser(), settings.dbPassword()))
                    .orElseGet(() -> Database.embedded(settings.home()));
            closeables.add(database);

            AccountStore accounts = new AccountStore(database.dataSource(), new PasswordHasher(settings.passwordIterations()));
            accounts.ensureAdmin(settings.adminPassword().orElse(null)).ifPresent(Tonegate::announceGeneratedPassword);

            TextAnalyzer analyzer = new VietnameseTextAnalyzer();
            Directory directory = FSDirectory.open(settings.home().resolve("lexicon"));
            closeables.add(directory);
            LuceneLexicon lexicon = new LuceneLexicon(directory, analyzer, new SqlLexiconStore(database.dataSource()));
            closeables.add(0, lexicon);
            boolean seeded = lexicon.seedIfEmpty(DefaultLexicon.load());
            ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "tonegate-housekeeping");
                t.setDaemon(true);
                return t;
            });
            closeables.add(0, housekeeping::shutdownNow);
            // other nodes sharing the store may change the lexicon: one read of its version when they have not
            every(housekeeping, LEXICON_SYNC_SECONDS, "read lexicon changes from the store", lexicon::refresh);

            Scorer scorer = new CachingScorer(new RuleScorer(analyzer, lexicon, ScoringRules.defaults()), lexicon::version, SCORE_CACHE_BYTES);
            Tonegate tonegate = new Tonegate(settings, database, accounts, analyzer, lexicon, scorer, Clock.systemUTC(), closeables);
            every(housekeeping, SWEEP_SECONDS, "sweep old reservations and deliveries", tonegate.gate::sweep);
            if (seeded) {
                // the first version is in the history too, so a webmaster can roll back to the defaults
                tonegate.audit.append(AuditRecord.of(tonegate.clock.instant(), "tonegate", "lexicon_seeded", null,
                        lexicon.size() + " entries", null, null, lexicon.version(), null));
            }
            return tonegate;
        } catch (IOException e) {
            closeAll(closeables);
            throw new UncheckedIOException("cannot open the data folder " + settings.home().toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeAll(closeables);
            throw e;
        }
    }

    /** Runs a chore every {@code seconds}, off the request path; a failure is logged and the chore runs again next time. */
    private static void every(ScheduledExecutorService timer, long seconds, String what, Runnable chore) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                chore.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot " + what + "; trying again in " + seconds + " s", e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    /** Printed once, on the first start without TONEGATE_ADMIN_PASSWORD; only its hash is stored. */
    private static void announceGeneratedPassword(String password) {
        String line = "tonegate: console account 'admin' created with password " + password
                + " (shown once; set TONEGATE_ADMIN_PASSWORD before the first start to choose it)";
        System.out.println(line);
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Scorer scorer() {
        return scorer;
    }

    public Clock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Portals portals() {
        return portals;
    }

    public Gate gate() {
        return gate;
    }

    public AuditLog audit() {
        return audit;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Path home() {
        return settings.home();
    }

    @Override
    public void close() {
        closeAll(closeables);
    }

    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + c, e);
            }
        }
    }
}
