package vn.tonegate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.lexicon.Category;
import vn.tonegate.lexicon.Entry;
import vn.tonegate.text.Draft;
import vn.tonegate.text.Format;
import vn.tonegate.text.TextAnalyzer;
import vn.tonegate.text.Token;

/** The shared news corpus (read from ../shared, never copied into the project) and lexicons built from it. */
final class Corpus {

    final List<Draft> articles;
    final long utf8Bytes;

    private Corpus(List<Draft> articles, long utf8Bytes) {
        this.articles = articles;
        this.utf8Bytes = utf8Bytes;
    }

    static Path shared() {
        String configured = System.getProperty("tonegate.shared");
        return Path.of(configured != null ? configured : "../shared");
    }

    static Corpus load() throws IOException {
        Path file = shared().resolve("corpus").resolve("baomoi_2017_news.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<Draft> articles = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode n = json.readTree(line);
                Draft d = new Draft(n.path("title").asText(), n.path("sapo").asText(), n.path("body").asText(), Format.TEXT);
                articles.add(d);
                bytes += bytes(d);
            }
        }
        return new Corpus(List.copyOf(articles), bytes);
    }

    static long bytes(Draft d) {
        return (d.title() + d.sapo() + d.body()).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The article whose size is nearest to the given number of UTF-8 bytes. */
    Draft nearest(long size) {
        return articles.stream().min(Comparator.comparingLong(d -> Math.abs(bytes(d) - size))).orElseThrow();
    }

    /**
     * A deterministic synthetic lexicon of real syllables: phrases of 2 to 4 syllables drawn by
     * frequency from the corpus, so some of them do occur in it as they would in a real large lexicon.
     */
    List<Entry> syntheticLexicon(int size, TextAnalyzer analyzer) {
        Map<String, Integer> counts = new HashMap<>();
        for (Draft d : articles.subList(0, Math.min(500, articles.size()))) {
            for (var f : analyzer.analyze(d).fields()) {
                for (Token t : f.tokens()) {
                    if (t.kind() == Token.Kind.WORD) {
                        counts.merge(t.key(), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> syllables = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3000).map(Map.Entry::getKey).toList();
        Random random = new Random(20261123);
        Category[] categories = {Category.NEGATIVE, Category.POSITIVE, Category.NEUTRAL};
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int length = 2 + random.nextInt(3);
            StringBuilder phrase = new StringBuilder();
            for (int k = 0; k < length; k++) {
                if (k > 0) {
                    phrase.append(' ');
                }
                // a square law favours frequent syllables, as real phrases do
                double r = random.nextDouble();
                phrase.append(syllables.get((int) (r * r * syllables.size())));
            }
            entries.add(new Entry(0, phrase.toString(), categories[i % 3], 1 + random.nextInt(3), "synthetic", true));
        }
        return entries;
    }
}
