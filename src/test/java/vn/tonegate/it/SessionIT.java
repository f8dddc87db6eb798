package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Console sessions: an HttpOnly SameSite cookie, and every change echoing the CSRF token. */
class SessionIT {

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

    @Test
    void aSessionCookieSignsInAndChangesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> wrong = war.postJson(war.request("api/v1/session"), "{\"username\": \"admin\", \"password\": \"nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> in = war.postJson(war.request("api/v1/session"),
                "{\"username\": \"admin\", \"password\": \"" + EmbeddedWar.ADMIN_PASSWORD + "\"}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("tonegate_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = JSON.readTree(in.body()).get("csrfToken").asText();
        assertThat(JSON.readTree(in.body()).get("roles").toString()).contains("admin");

        assertThat(war.send(war.request("api/v1/lexicon?q=tai").header("Cookie", cookie).GET().build()).statusCode()).isEqualTo(200);
        String entry = "{\"phrase\": \"lũ quét kinh hoàng\", \"category\": \"negative\", \"weight\": 2}";
        HttpResponse<String> forged = war.send(war.request("api/v1/lexicon").header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(entry)).build());
        assertThat(forged.statusCode()).as("a change without the token, as another site would send it").isEqualTo(403);
        assertThat(JSON.readTree(forged.body()).get("error").asText()).isEqualTo("csrf");
        HttpResponse<String> made = war.send(war.request("api/v1/lexicon").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(entry)).build());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

        HttpResponse<String> out = war.send(war.request("api/v1/session").header("Cookie", cookie).DELETE().build());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(war.send(war.request("api/v1/lexicon").header("Cookie", cookie).GET().build()).statusCode()).isEqualTo(401);
        assertThat(war.send(war.request("api/v1/session").header("Cookie", cookie).GET().build()).statusCode()).isEqualTo(401);
    }
}
