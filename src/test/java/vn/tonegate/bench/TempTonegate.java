package vn.tonegate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import vn.tonegate.app.Settings;
import vn.tonegate.app.Tonegate;
import vn.tonegate.testing.Stores;

/**
 * A tonegate for a bench run: a data folder of its own and, on {@code postgres}, a schema of its
 * own; closing it drops both. An H2 ledger of a million rows is about 700 MB, so a run that left
 * its folder behind would fill the disk in a few more.
 */
final class TempTonegate implements AutoCloseable {

    final Tonegate tonegate;
    private final Path home;
    private final Stores.Schema schema;

    private TempTonegate(Tonegate tonegate, Path home, Stores.Schema schema) {
        this.tonegate = tonegate;
        this.home = home;
        this.schema = schema;
    }

    /** Starts one on {@code store} ({@code h2} or {@code postgres}), its folder named after {@code folderPrefix}. */
    static TempTonegate start(String store, String folderPrefix) throws IOException {
        Path home = Files.createTempDirectory(folderPrefix);
        System.setProperty("tonegate.home", home.toString());
        System.setProperty("tonegate.admin.password", "load test password");
        Stores.Schema schema = null;
        try {
            if (store.equals("postgres")) {
                schema = Stores.postgres();
                System.setProperty("tonegate.db.url", schema.url());
            }
            return new TempTonegate(Tonegate.start(Settings.fromEnvironment()), home, schema);
        } catch (RuntimeException e) {
            if (schema != null) {
                schema.close();
            }
            deleteTree(home);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            tonegate.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
            deleteTree(home);
        }
    }

    /** Deletes a folder and all it holds. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
