package vn.tonegate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

class WrittenJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    /** A value whose JSON has Vietnamese, escapes and, when long, more bytes than a writer's buffer holds. */
    private static Map<String, Object> score(int phrases) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("label", "negative");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < phrases; i++) {
            words.append("tai nạn giao thông \"nghiêm trọng\" ").append(i).append('\n');
        }
        score.put("text", words.toString());
        return score;
    }

    private Map<String, Object> answer(Object score) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("decision", "warn");
        answer.put("score", score);
        answer.put("reasons", java.util.List.of("share_near_threshold"));
        return answer;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2_000})
    void anAnswerCarryingWrittenJsonIsTheSameAsOneWritingItInPlace(int phrases) throws Exception {
        Map<String, Object> score = score(phrases);
        RawValue written = new RawValue(new WrittenJson(json.writeValueAsBytes(score)));

        byte[] inPlace = json.writeValueAsBytes(answer(score));
        assertThat(json.writeValueAsBytes(answer(written))).isEqualTo(inPlace);
        // a writer of chars (to a String) takes the same text
        assertThat(json.writeValueAsString(answer(written))).isEqualTo(new String(inPlace, StandardCharsets.UTF_8));
    }

    @Test
    void itsQuotedFormIsItsTextAsAJsonString() throws Exception {
        WrittenJson written = new WrittenJson("{\"a\":\"ổn định\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(written.asQuotedUTF8(), StandardCharsets.UTF_8)).isEqualTo("{\\\"a\\\":\\\"ổn định\\\"}");
        assertThat(written.getValue()).isEqualTo("{\"a\":\"ổn định\"}");
    }
}
