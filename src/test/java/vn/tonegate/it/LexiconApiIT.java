package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The lexicon over HTTP: search, edit, import all-or-nothing, export, and the history of versions. */
class LexiconApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedWar war;

    @BeforeAll
    static void start() throws Exception {
        war = EmbeddedWar.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (war != null) {
            war.close();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = war.send(war.asAdmin(path).GET().build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static long version() throws Exception {
        return get("api/v1/health").get("lexiconVersion").asLong();
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return war.send(war.asAdmin(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static double score(String title) throws Exception {
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/score"), "{\"title\": \"" + title + "\"}");
        return JSON.readTree(r.body()).get("score").asDouble();
    }

    @Test
    void searchFindsEntriesWithOrWithoutDiacritics() throws Exception {
        JsonNode accented = get("api/v1/lexicon?q=tai%20n%E1%BA%A1n&category=negative");
        JsonNode plain = get("api/v1/lexicon?q=tai%20nan&category=negative");
        assertThat(accented.get("entries").findValuesAsText("phrase")).contains("tai nạn", "tai nạn giao thông");
        assertThat(plain.get("entries").findValuesAsText("phrase")).contains("tai nạn");
        assertThat(accented.get("version").asLong()).isPositive();
    }

    @Test
    void anEditChangesScoresAtOnceAndIsInTheHistory() throws Exception {
        String title = "Xã Tân Lập ghi nhận mưa axit";
        double before = score(title);
        long v = version();
        HttpResponse<String> added = send("POST", "api/v1/lexicon", "application/json",
                "{\"phrase\": \"mưa axit\", \"category\": \"negative\", \"weight\": 2.5, \"note\": \"acid rain\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = JSON.readTree(added.body()).get("id").asLong();
        assertThat(version()).isEqualTo(v + 1);
        assertThat(score(title)).as("the new entry weighs at once").isLessThan(before);

        HttpResponse<String> disabled = send("PUT", "api/v1/lexicon/" + id, "application/json",
                "{\"phrase\": \"mưa axit\", \"category\": \"negative\", \"weight\": 2.5, \"enabled\": false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(score(title)).as("a disabled entry no longer matches").isEqualTo(before);

        JsonNode history = get("api/v1/lexicon/versions");
        assertThat(history.findValuesAsText("action")).contains("lexicon_added", "lexicon_updated");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(history.get(0).get("before").get("enabled").asBoolean()).isTrue();
        assertThat(history.get(0).get("after").get("enabled").asBoolean()).isFalse();

        assertThat(send("DELETE", "api/v1/lexicon/" + id, "application/json", "").statusCode()).isEqualTo(204);
        assertThat(war.send(war.asAdmin("api/v1/lexicon/" + id).GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRollbackRestoresAnEarlierVersionAndIsItselfInTheHistory() throws Exception {
        String title = "Người dân lo ngại sương mù quang hóa";
        double before = score(title);
        long v = version();
        HttpResponse<String> added = send("POST", "api/v1/lexicon", "application/json",
                "{\"phrase\": \"sương mù quang hóa\", \"category\": \"negative\", \"weight\": 2.5, \"note\": \"smog\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(score(title)).isLessThan(before);

        HttpResponse<String> back = send("POST", "api/v1/lexicon/rollback", "application/json", "{\"version\": " + v + "}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(back.body());
        assertThat(answer.get("version").asLong()).isEqualTo(v + 2);
        assertThat(answer.get("changed").asBoolean()).isTrue();
        assertThat(score(title)).as("the rolled-back entry no longer weighs").isEqualTo(before);
        assertThat(get("api/v1/lexicon?q=suong%20mu%20quang").get("entries")).isEmpty();

        JsonNode latest = get("api/v1/lexicon/versions?limit=1").get(0);
        assertThat(latest.get("action").asText()).isEqualTo("lexicon_rolled_back");
        assertThat(latest.get("actor").asText()).isEqualTo("admin");
        assertThat(latest.get("after").get("restored").asLong()).isEqualTo(v);

        for (String bad : new String[] {"{\"version\": 0}", "{\"version\": 999999}", "{\"version\": \"latest\"}", "{}"}) {
            HttpResponse<String> r = send("POST", "api/v1/lexicon/rollback", "application/json", bad);
            assertThat(r.statusCode()).as(bad + " -> " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).findValuesAsText("field")).as(bad).isNotEmpty();
        }
        assertThat(version()).isEqualTo(v + 2);
    }

    @Test
    void anImportWithBadRowsNamesThemAndAppliesNothing() throws Exception {
        long v = version();
        String csv = "phrase,category,weight,note\n"
                + "lũ ống,negative,2.5,flash flood\n"
                + ",negative,1,blank phrase\n"
                + "mưa vàng,happy,1,unknown category\n"
                + "một hai ba bốn năm sáu bảy,negative,1,seven syllables\n"
                + "sạt lở đất,negative,lots,weight is not a number\n";
        HttpResponse<String> r = send("POST", "api/v1/lexicon/import", "text/csv", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).findValuesAsText("field"))
                .contains("line 3.phrase", "line 4.category", "line 5.phrase", "line 6.weight")
                .noneMatch(f -> f.startsWith("line 2"));
        assertThat(version()).as("nothing applied").isEqualTo(v);

        HttpResponse<String> good = send("POST", "api/v1/lexicon/import", "application/json",
                "[{\"phrase\": \"lũ ống\", \"category\": \"negative\", \"weight\": 2.5},"
                        + " {\"phrase\": \"mùa vàng bội thu\", \"category\": \"positive\", \"weight\": 2}]");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(JSON.readTree(good.body()).get("imported").asInt()).isEqualTo(2);
        assertThat(version()).as("one version step for the whole import").isEqualTo(v + 1);

        HttpResponse<String> badJson = send("POST", "api/v1/lexicon/import", "application/json",
                "[{\"phrase\": \"x\", \"category\": \"negative\", \"weight\": 99}]");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badJson.body()).findValuesAsText("field")).contains("[0].weight");
    }

    @Test
    void exportGivesCsvOrJson() throws Exception {
        HttpResponse<String> csv = war.send(war.asAdmin("api/v1/lexicon/export?format=csv").GET().build());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("phrase,category,weight,note,enabled").contains("tai nạn giao thông,negative");
        JsonNode json = get("api/v1/lexicon/export");
        assertThat(json.size()).isGreaterThan(2000);
    }

    @Test
    void badInputIsA400AndUnknownIdsA404() throws Exception {
        HttpResponse<String> r = send("POST", "api/v1/lexicon", "application/json", "{\"phrase\": \"\", \"category\": \"big\", \"weight\": -1}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).findValuesAsText("field")).contains("phrase", "category", "weight");
        assertThat(send("PUT", "api/v1/lexicon/999999", "application/json",
                "{\"phrase\": \"x\", \"category\": \"negative\", \"weight\": 1}").statusCode()).isEqualTo(404);
        assertThat(war.send(war.request("api/v1/lexicon").GET().build()).statusCode()).isEqualTo(401);
    }
}
