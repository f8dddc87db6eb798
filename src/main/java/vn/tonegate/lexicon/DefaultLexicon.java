package vn.tonegate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon shipped with tonegate, seeded into an empty index on first start. Resources under
 * {@code lexicon/}: {@code index.txt} lists the files, each line of a file is
 * {@code phrase<TAB>category<TAB>weight<TAB>note}; blank lines and {@code #} comments are skipped.
 */
public final class DefaultLexicon {

    private static final String FOLDER = "lexicon/";

    private DefaultLexicon() {
    }

    public static List<Entry> load() {
        return load(FOLDER, DefaultLexicon.class.getClassLoader());
    }

    /** Loads the files listed in {@code folder + "index.txt"}; a bad line fails with its file and line number. */
    public static List<Entry> load(String folder, ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        for (String file : lines(folder + "index.txt", loader)) {
            String name = file.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            List<String> rows = lines(folder + name, loader);
            for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i);
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                try {
                    entries.add(parse(row));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(folder + name + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    /** One TSV row: phrase, category, weight, note. */
    public static Entry parse(String row) {
        String[] cols = row.split("\t", -1);
        if (cols.length != 4) {
            throw new IllegalArgumentException("expected 4 tab-separated columns (phrase, category, weight, note), found " + cols.length);
        }
        double weight;
        try {
            weight = Double.parseDouble(cols[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight is not a number: " + cols[2]);
        }
        return new Entry(0, cols[0], Category.parse(cols[1]), weight, cols[3], true);
    }

    private static List<String> lines(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
