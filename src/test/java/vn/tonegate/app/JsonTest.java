package vn.tonegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import vn.tonegate.api.CheckJson;
import vn.tonegate.api.EntryJson;
import vn.tonegate.api.EventJson;
import vn.tonegate.api.PolicyJson;
import vn.tonegate.api.ScoreRequest;

class JsonTest {

    private final ObjectMapper json = Json.create();

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": 5}", "{\"title\": 1.5}", "{\"title\": true}", "{\"body\": \"ok\", \"format\": 1}"})
    void aNumberOrABooleanIsNoText(String body) {
        // a mapping error with a path is what the API answers as 400 naming the field
        assertThatThrownBy(() -> json.readValue(body, ScoreRequest.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNumericPostIdIsNoPostId() {
        // CMSs number their posts; the contract's id is text, and "123" is what to send
        assertThatThrownBy(() -> json.readValue("{\"postId\": 123, \"title\": \"Tin\"}", CheckJson.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"type\": \"published\", \"postId\": 123}", EventJson.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"threshold\": \"0.15\"}", "{\"minSample\": \"20\"}", "{\"window\": {\"days\": 30.5}}",
            "{\"window\": {\"days\": \"30\"}}", "{\"override\": {\"roles\": [1]}}"})
    void aPolicyTakesNumbersAsNumbersAndWholeNumbersWhole(String body) {
        assertThatThrownBy(() -> json.readValue(body, PolicyJson.class)).isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"phrase\": \"tai nạn\", \"category\": \"negative\", \"weight\": \"1.5\"}",
            "{\"phrase\": \"tai nạn\", \"category\": \"negative\", \"weight\": 1.5, \"enabled\": \"false\"}"})
    void aLexiconEntryTakesNoQuotedNumberOrBoolean(String body) {
        assertThatThrownBy(() -> json.readValue(body, EntryJson.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void valuesOfTheContractsTypesStillRead() throws Exception {
        ScoreRequest score = json.readValue("{\"title\": \"Cháy nhà\", \"format\": \"text\", \"extra\": 1}", ScoreRequest.class);
        assertThat(score.title()).isEqualTo("Cháy nhà");

        PolicyJson policy = json.readValue("{\"threshold\": 0.15, \"window\": {\"type\": \"rolling_days\", \"days\": 30}, "
                + "\"minSample\": 20, \"override\": {\"roles\": [\"editor-in-chief\"]}}", PolicyJson.class);
        assertThat(policy.threshold()).isEqualByComparingTo(new BigDecimal("0.15"));
        assertThat(policy.window().days()).isEqualTo(30);

        EntryJson entry = json.readValue("{\"phrase\": \"tai nạn\", \"category\": \"negative\", \"weight\": 2, \"enabled\": false}", EntryJson.class);
        assertThat(entry.weight()).isEqualTo(2.0);
        assertThat(entry.enabled()).isFalse();

        EventJson event = json.readValue("{\"type\": \"published\", \"postId\": \"cms-1\", \"publishedAt\": \"2026-11-28T09:40:00Z\"}", EventJson.class);
        assertThat(event.publishedAt()).isEqualTo(Instant.parse("2026-11-28T09:40:00Z"));
    }
}
