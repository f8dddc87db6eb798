package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.tonegate.api.PanelToken;
import vn.tonegate.api.WebhookSignature;

/** The gate over HTTP, as a CMS following api.md drives it, on the packaged WAR. */
class GateApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedWar war;
    private static String secret;

    @BeforeAll
    static void start() throws Exception {
        war = EmbeddedWar.start();
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/portals"),
                "{\"id\": \"so-tttt\", \"name\": \"Sở Thông tin và Truyền thông\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode portal = JSON.readTree(r.body());
        secret = portal.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(portal.at("/policy/threshold").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(portal.at("/policy/window/type").asText()).isEqualTo("rolling_days");
    }

    @AfterAll
    static void stop() throws Exception {
        if (war != null) {
            war.close();
        }
    }

    private static HttpResponse<String> signed(String path, String body, String id, long timestamp, String key) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return war.send(war.request(path).header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(key, id, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static HttpResponse<String> signed(String path, String body) throws Exception {
        return signed(path, body, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), secret);
    }

    @Test
    void aCmsChecksPublishesAndTheStatsCountIt() throws Exception {
        String check = "{\"postId\": \"cms-1\", \"title\": \"Tai nạn giao thông làm 3 người tử vong\", \"format\": \"text\"}";
        HttpResponse<String> r = signed("api/v1/portals/so-tttt/checks", check);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.at("/score/label").asText()).isEqualTo("negative");
        JsonNode scored = JSON.readTree(war.postJson(war.asAdmin("api/v1/score"),
                "{\"title\": \"Tai nạn giao thông làm 3 người tử vong\", \"format\": \"text\"}").body());
        assertThat(answer.get("score")).as("the check's score, written before its decision, is the score's whole answer")
                .isEqualTo(scored);
        assertThat(answer.at("/decision").asText()).as("a first negative item of a small window warns").isEqualTo("warn");
        assertThat(answer.at("/share/after").asDouble()).isGreaterThan(answer.at("/share/before").asDouble());
        assertThat(answer.at("/messages/0/lang").asText()).isEqualTo("vi");
        assertThat(answer.at("/messages/1/lang").asText()).isEqualTo("en");
        String reservation = answer.at("/reservation/id").asText();
        assertThat(reservation).isNotBlank();

        HttpResponse<String> published = signed("api/v1/portals/so-tttt/events",
                "{\"type\": \"published\", \"postId\": \"cms-1\", \"reservation\": \"" + reservation + "\", \"url\": \"https://so.gov.vn/1\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("counted").asBoolean()).isTrue();

        JsonNode stats = JSON.readTree(war.send(war.asAdmin("api/v1/portals/so-tttt/stats").GET().build()).body());
        assertThat(stats.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("negative").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("daily")).isNotEmpty();

        JsonNode entries = JSON.readTree(war.send(war.asAdmin("api/v1/portals/so-tttt/entries?label=negative").GET().build()).body());
        assertThat(entries.findValuesAsText("postId")).contains("cms-1");
        JsonNode audit = JSON.readTree(war.send(war.asAdmin("api/v1/audit?portal=so-tttt&action=published").GET().build()).body());
        assertThat(audit.get(0).at("/after/label").asText()).isEqualTo("negative");
    }

    @Test
    void aRedeliveryGetsTheFirstAnswerByteForByte() throws Exception {
        String body = "{\"postId\": \"cms-2\", \"title\": \"Khánh thành cầu mới\"}";
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> first = signed("api/v1/portals/so-tttt/checks", body, "msg_repeat", now, secret);
        HttpResponse<String> again = signed("api/v1/portals/so-tttt/checks", body, "msg_repeat", now, secret);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void forgedStaleAndUnsignedRequestsAre401AndUnknownPortals404() throws Exception {
        String body = "{\"postId\": \"x\", \"title\": \"Tin\"}";
        long now = Instant.now().getEpochSecond();
        String otherKey = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertError(signed("api/v1/portals/so-tttt/checks", body, "m1", now, otherKey), 401, "bad_signature");
        assertError(signed("api/v1/portals/so-tttt/checks", body, "m2", now - 301, secret), 401, "stale_signature");
        assertError(war.postJson(war.request("api/v1/portals/so-tttt/checks"), body), 401, "unsigned");
        assertError(signed("api/v1/portals/nowhere/checks", body, "m3", now, secret), 404, "not_found");

        // a valid signature over other bytes than those sent
        byte[] sent = body.getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(secret, "m4", now, "{\"postId\": \"y\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tampered = war.send(war.request("api/v1/portals/so-tttt/checks").header("Content-Type", "application/json")
                .header("webhook-id", "m4").header("webhook-timestamp", Long.toString(now)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build());
        assertError(tampered, 401, "bad_signature");
    }

    @Test
    void signedButInvalidBodiesAre400WithTheFields() throws Exception {
        HttpResponse<String> r = signed("api/v1/portals/so-tttt/checks", "{\"title\": \"\", \"channel\": \"radio\"}");
        assertError(r, 400, "validation_failed");
        assertThat(JSON.readTree(r.body()).findValuesAsText("field")).contains("postId", "channel", "title");
        assertError(signed("api/v1/portals/so-tttt/events", "{\"type\": \"updated\", \"postId\": \"never-seen\", \"title\": \"x\"}"),
                404, "unknown_post");
        assertError(signed("api/v1/portals/so-tttt/checks", "{\"postId\": \"x\", \"title\": \"Tin\""), 400, "invalid_json");
    }

    @Test
    void portalManagementNeedsTheRightCallerAndValidPolicies() throws Exception {
        assertError(war.postJson(war.request("api/v1/portals"), "{\"id\": \"a1\", \"name\": \"A\"}"), 401, "unauthenticated");
        assertError(war.postJson(war.asAdmin("api/v1/portals"), "{\"id\": \"so-tttt\", \"name\": \"again\"}"), 409, "portal_exists");
        assertError(war.postJson(war.asAdmin("api/v1/portals"), "{\"id\": \"Bad Id!\", \"name\": \"x\"}"), 400, "validation_failed");

        HttpResponse<String> bad = war.send(war.asAdmin("api/v1/portals/so-tttt/policy").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"threshold\": 1.5, \"window\": {\"type\": \"weekly\"}, \"mode\": \"shout\"}")).build());
        assertError(bad, 400, "validation_failed");
        assertThat(JSON.readTree(bad.body()).findValuesAsText("field")).contains("threshold", "window.type", "mode");

        HttpResponse<String> zone = war.send(war.asAdmin("api/v1/portals/so-tttt/policy").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"Mars/Olympus\"}")).build());
        assertError(zone, 400, "validation_failed");

        HttpResponse<String> ok = war.send(war.asAdmin("api/v1/portals/so-tttt/policy").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"window\": {\"type\": \"calendar_month\"}, \"mode\": \"block\", \"minSample\": 20}")).build());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).at("/policy/window/type").asText()).isEqualTo("calendar_month");
        assertThat(war.send(war.asAdmin("api/v1/audit?action=policy_changed").GET().build()).body()).contains("calendar_month");
    }

    @Test
    void acknowledgedEventsSurviveARestart() throws Exception {
        String body = "{\"type\": \"published\", \"postId\": \"durable\", \"title\": \"Lễ hội văn hóa thu hút du khách\"}";
        assertThat(signed("api/v1/portals/so-tttt/events", body).statusCode()).isEqualTo(200);
        JsonNode before = JSON.readTree(war.send(war.asAdmin("api/v1/portals/so-tttt/stats").GET().build()).body());

        war.stop();
        war = EmbeddedWar.start(war.home());

        JsonNode after = JSON.readTree(war.send(war.asAdmin("api/v1/portals/so-tttt/stats").GET().build()).body());
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong());
        assertThat(after.get("negative").asLong()).isEqualTo(before.get("negative").asLong());
        JsonNode entries = JSON.readTree(war.send(war.asAdmin("api/v1/portals/so-tttt/entries").GET().build()).body());
        assertThat(entries.findValuesAsText("postId")).contains("durable");
    }

    @Test
    void eachPortalsManifestFollowsTheSchemaAndPointsHere() throws Exception {
        HttpResponse<String> r = war.send(war.asAdmin("api/v1/portals/so-tttt/manifest").GET().build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("plugin-manifest/tonegate-plugin.schema.json")));
        JsonNode manifest = JSON.readTree(r.body());
        Set<ValidationMessage> problems = schema.validate(manifest);
        assertThat(problems).isEmpty();
        assertThat(manifest.at("/hooks/prePublishCheck/url").asText()).isEqualTo(war.base() + "api/v1/portals/so-tttt/checks");
        assertThat(manifest.get("portal").asText()).isEqualTo("so-tttt");

        JsonNode broken = JSON.readTree(r.body().replace("\"fail-open\"", "\"maybe\""));
        assertThat(schema.validate(broken)).as("the schema is not a formality").isNotEmpty();
        assertError(war.send(war.asAdmin("api/v1/portals/nowhere/manifest").GET().build()), 404, "unknown_portal");
    }

    @Test
    void theEditorPanelChecksWithATokenAndOverridesOnlyInTheRoleTheCmsVouchedFor() throws Exception {
        HttpResponse<String> created = war.postJson(war.asAdmin("api/v1/portals"),
                "{\"id\": \"panel-test\", \"name\": \"Panel\", \"policy\": {\"minSample\": 0, \"warnMargin\": 0}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = JSON.readTree(created.body()).get("secret").asText();
        assertThat(signed("api/v1/portals/panel-test/events",
                "{\"type\": \"published\", \"postId\": \"p1\", \"title\": \"Tai nạn giao thông làm 3 người tử vong\"}",
                "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), key).statusCode()).isEqualTo(200);

        String editor = PanelToken.mint(key, new PanelToken.Claims("panel-test", "reporter.b", "editor", Instant.now().plusSeconds(600)));
        String chief = PanelToken.mint(key, new PanelToken.Claims("panel-test", "chief.a", "editor-in-chief", Instant.now().plusSeconds(600)));
        String draft = "{\"postId\": \"p2\", \"title\": \"Cháy lớn tại chợ, nhiều ki-ốt bị thiêu rụi\"";

        HttpResponse<String> blocked = war.postJson(war.request("api/v1/portals/panel-test/checks").header("Authorization", "Bearer " + editor), draft + "}");
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
        assertThat(JSON.readTree(blocked.body()).get("decision").asText()).isEqualTo("block");

        String claimingChief = draft + ", \"override\": {\"by\": \"chief.a\", \"role\": \"editor-in-chief\", "
                + "\"justification\": \"Tin cần đăng ngay để người dân biết tránh khu vực\"}}";
        assertError(war.postJson(war.request("api/v1/portals/panel-test/checks").header("Authorization", "Bearer " + editor), claimingChief),
                403, "override_not_allowed");
        HttpResponse<String> overridden = war.postJson(war.request("api/v1/portals/panel-test/checks").header("Authorization", "Bearer " + chief), claimingChief);
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
        assertThat(JSON.readTree(overridden.body()).get("decision").asText()).isEqualTo("allow");
        assertThat(JSON.readTree(overridden.body()).get("overridden").asBoolean()).isTrue();

        assertError(war.postJson(war.request("api/v1/portals/so-tttt/checks").header("Authorization", "Bearer " + chief), draft + "}"),
                403, "forbidden");
        assertError(war.postJson(war.request("api/v1/portals/panel-test/checks").header("Authorization", "Bearer " + editor + "x"), draft + "}"),
                401, "bad_token");
        assertThat(war.postJson(war.request("api/v1/score").header("Authorization", "Bearer " + editor), "{\"title\": \"Khánh thành cầu\"}")
                .statusCode()).as("the panel may score").isEqualTo(200);
        assertError(war.send(war.request("api/v1/portals/panel-test/stats").header("Authorization", "Bearer " + editor).GET().build()),
                403, "forbidden");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo(code);
    }
}
