package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The score endpoint and its failure paths, over HTTP against the packaged WAR. */
class ScoreApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedWar war;

    @BeforeAll
    static void start() throws Exception {
        war = EmbeddedWar.start();
    }

    @AfterAll
    static void stop() throws Exception {
        war.close();
    }

    @Test
    void healthNeedsNoAuthenticationAndNamesTheStoreAndLexiconVersion() throws Exception {
        HttpResponse<String> r = war.send(war.request("api/v1/health").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("store").asText()).isEqualTo("h2");
        assertThat(body.get("lexiconVersion").asLong()).isPositive();
    }

    @Test
    void scoresANegativeHeadlineAndPointsAtTheWordsInTheTextAsSent() throws Exception {
        String title = "Tai nạn giao thông nghiêm trọng làm 3 người tử vong";
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/score"),
                "{\"title\": \"" + title + "\", \"format\": \"text\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("label").asText()).isEqualTo("negative");
        assertThat(body.get("score").asDouble()).isNegative();
        assertThat(body.get("matches").size()).isPositive();
        for (JsonNode m : body.get("matches")) {
            assertThat(m.get("field").asText()).isEqualTo("title");
            assertThat(title.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
    }

    @Test
    void htmlOffsetsPointIntoTheHtmlAsSent() throws Exception {
        String html = "<p>Vụ <b>ch&aacute;y</b> lớn</p><script>var x = 'tử vong';</script>";
        ObjectMapper m = new ObjectMapper();
        String json = m.writeValueAsString(java.util.Map.of("body", html, "format", "html"));
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/score"), json);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("matches")).isNotEmpty();
        for (JsonNode match : body.get("matches")) {
            String slice = html.substring(match.get("start").asInt(), match.get("end").asInt());
            assertThat(slice).isEqualTo(match.get("text").asText());
            assertThat(match.get("start").asInt()).isLessThan(html.indexOf("<script>"));
        }
    }

    @Test
    void refusesCallersWithoutOrWithWrongCredentials() throws Exception {
        HttpResponse<String> none = war.postJson(war.request("api/v1/score"), "{\"title\": \"x y z\"}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asText()).isEqualTo("unauthenticated");

        HttpResponse<String> wrong = war.postJson(war.request("api/v1/score")
                .header("Authorization", EmbeddedWar.basic("admin", "not the password")), "{\"title\": \"x y z\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void nothingToScoreIsA400NamingTheFieldsInTheCallersLanguage() throws Exception {
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/score").header("Accept-Language", "en"),
                "{\"title\": \"  \", \"body\": \"\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo("validation_failed");
        assertThat(body.get("message").asText()).isEqualTo("The request is invalid.");
        assertThat(body.get("violations").findValuesAsText("field")).contains("title", "sapo", "body");

        HttpResponse<String> vi = war.postJson(war.asAdmin("api/v1/score"), "{}");
        assertThat(vi.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(vi.body()).get("violations").get(0).get("message").asText()).contains("tiêu đề");
    }

    @Test
    void malformedJsonWrongTypesAndBadFormatAre400() throws Exception {
        HttpResponse<String> broken = war.postJson(war.asAdmin("api/v1/score"), "{\"title\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).get("error").asText()).isEqualTo("invalid_json");

        HttpResponse<String> wrongType = war.postJson(war.asAdmin("api/v1/score"), "{\"title\": {\"a\": 1}}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).get("violations").get(0).get("field").asText()).isEqualTo("title");

        HttpResponse<String> number = war.postJson(war.asAdmin("api/v1/score"), "{\"title\": 5}");
        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(number.body()).get("violations").get(0).get("field").asText()).isEqualTo("title");

        HttpResponse<String> format = war.postJson(war.asAdmin("api/v1/score"), "{\"title\": \"Cháy nhà\", \"format\": \"pdf\"}");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(format.body()).get("violations").get(0).get("field").asText()).isEqualTo("format");

        HttpResponse<String> empty = war.send(war.asAdmin("api/v1/score").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void oversizedBodiesAre413AndWrongMediaTypes415() throws Exception {
        // a 3 MB body announced: refused from its headers, before any of it is read
        String head = "POST /api/v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: " + EmbeddedWar.basic("admin", EmbeddedWar.ADMIN_PASSWORD) + "\r\n"
                + "Content-Length: 3000000\r\nConnection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(war.base().getHost(), war.base().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"error\":\"too_large\"");
        }

        HttpResponse<String> text = war.send(war.asAdmin("api/v1/score").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Cháy nhà")).build());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(text.body()).get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void unknownPathsAre404InTheErrorShape() throws Exception {
        HttpResponse<String> r = war.send(war.asAdmin("api/v1/nothing-here").GET().build());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("not_found");
    }
}
