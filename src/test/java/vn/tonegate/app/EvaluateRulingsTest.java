package vn.tonegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonegate.scoring.Evaluation;
import vn.tonegate.scoring.Label;
import vn.tonegate.scoring.Score;

/** The evaluation command's second report, against a set re-ruled by labeling.md. */
class EvaluateRulingsTest {

    @TempDir
    Path dir;

    @Test
    void readsLabelsAndUndecidedAndSkipsComments() throws IOException {
        Path file = write("# a comment\nd-1\tnegative\tenforcement\nd-2\tundecided\tsports defeat\n\nd-3\tpositive\trelief\n");
        Map<String, Label> rulings = Evaluate.rulings(file);
        assertThat(rulings).containsEntry("d-1", Label.NEGATIVE).containsEntry("d-3", Label.POSITIVE).hasSize(3);
        assertThat(rulings.get("d-2")).isNull();
    }

    @Test
    void aBadLineIsNamedByItsNumber() throws IOException {
        assertThatThrownBy(() -> Evaluate.rulings(write("d-1\tnegative\tx\nd-2\tbad\tx\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Evaluate.rulings(write("d-1 negative\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("tabs");
    }

    @Test
    void theSecondReportCountsTheRuledLabelsAndKeepsUndecidedAtGold() {
        // gold: two neutral, one negative; the scorer calls the first neutral item negative
        Evaluation scored = new Evaluation(List.of(
                item("a", Label.NEUTRAL, Label.NEGATIVE),
                item("b", Label.NEUTRAL, Label.NEUTRAL),
                item("c", Label.NEGATIVE, Label.NEGATIVE)));
        // labeling.md rules "a" negative (an arrest), cannot decide "b"
        Map<String, Label> rulings = new HashMap<>(Map.of("a", Label.NEGATIVE));
        rulings.put("b", null);
        String out = report(scored, rulings);
        assertThat(out).contains("1 items ruled otherwise than gold, 1 undecided and kept at gold");
        // by the ruled labels the scorer is right on all three; two of three are negative
        assertThat(out).contains("accuracy 1.000").contains("gold 66.7 %, predicted 66.7 %");
        // set apart "c" as a rule difference: of the other two, labeling.md calls one negative
        assertThat(out).contains("negative share without them: gold 50.0 %, predicted 50.0 % (2 items)");
        // labeling.md's own labels against the set's: "a" is the one miss, a neutral item called negative
        assertThat(out).contains("negative recall 1.000, negative share 66.7 % (gold 33.3 %)");
    }

    @Test
    void nothingIsPrintedForASetWithoutRuledItems() {
        Evaluation scored = new Evaluation(List.of(item("x", Label.NEUTRAL, Label.NEUTRAL)));
        assertThat(report(scored, Map.of("a", Label.NEGATIVE))).isEmpty();
    }

    private static String report(Evaluation scored, Map<String, Label> rulings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Evaluate.reportRuled(scored, rulings, i -> i.id().equals("c"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Evaluation.Item item(String id, Label gold, Label predicted) {
        return new Evaluation.Item(id, gold, new Score(predicted, 0, 1, Set.of(), 1, "", List.of()), id);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("rulings.tsv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
