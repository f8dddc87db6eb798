package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.PanelToken;
import vn.tonegate.api.WebhookSignature;
import vn.tonegate.testing.Loopback;

/**
 * A CMS editor page on another origin that includes embed.js: a negative draft near the limit
 * holds the publish button, an override with a reason releases it, and the CMS server's signed
 * "published" event lands in the ledger with the override.
 */
class CmsEmbedIT extends BrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Server cms;
    private static Path cmsRoot;
    private static String secret;

    @BeforeAll
    static void startACmsWithAPortal() throws Exception {
        HttpResponse<String> created = war.postJson(war.asAdmin("api/v1/portals"),
                "{\"id\": \"cms-test\", \"name\": \"CMS\", \"policy\": {\"minSample\": 0, \"warnMargin\": 0}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secret = JSON.readTree(created.body()).get("secret").asText();
        signedEvent("{\"type\": \"published\", \"postId\": \"old\", \"title\": \"Tai nạn giao thông làm 3 người tử vong\"}");

        cmsRoot = Files.createTempDirectory("tonegate-cms");
        cms = new Server();
        Loopback.connector(cms);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(cms).newResource(cmsRoot));
        cms.setHandler(files);
        cms.start();
    }

    @AfterAll
    static void stopTheCms() throws Exception {
        if (cms != null) {
            cms.stop();
        }
    }

    private static HttpResponse<String> signedEvent(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> r = war.send(war.request("api/v1/portals/cms-test/events").header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", WebhookSignature.sign(secret, id, now, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** The CMS renders its editor page for one editor, with a token its server just minted. */
    private String editorPage(String role, String post) throws Exception {
        String token = PanelToken.mint(secret, new PanelToken.Claims("cms-test", "chief.a", role, Instant.now().plusSeconds(900)));
        String template = new String(CmsEmbedIT.class.getResourceAsStream("/cms/editor.html").readAllBytes(), StandardCharsets.UTF_8);
        String page = template.replace("${tonegate}", war.base().toString()).replace("${portal}", "cms-test")
                .replace("${token}", token).replace("${post}", post);
        Path file = cmsRoot.resolve(post + ".html");
        Files.writeString(file, page);
        int port = ((ServerConnector) cms.getConnectors()[0]).getLocalPort();
        return "http://localhost:" + port + "/" + file.getFileName();   // another origin than the WAR's 127.0.0.1
    }

    @Test
    void thePublishButtonIsHeldOnABlockAndReleasedByAnOverrideThatTheLedgerRecords() throws Exception {
        browser.driver.get(editorPage("editor-in-chief", "cms-42"));
        WebElement publish = browser.driver.findElement(By.id("publish"));
        browser.driver.findElement(By.id("title")).sendKeys("Cháy lớn tại chợ, nhiều ki-ốt bị thiêu rụi");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !publish.isEnabled());
        assertThat(publish.getAttribute("title")).contains("ngưỡng");
        publish.click();   // a disabled button does nothing; the page must not say it published
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEmpty();
        browser.screenshot("cms-held");

        browser.driver.switchTo().frame(browser.driver.findElement(By.cssSelector("#tonegate-panel iframe")));
        browser.driver.findElement(By.id("justification")).sendKeys("Thông tin cần thiết để người dân tránh khu vực cháy");
        browser.driver.findElement(By.id("override-btn")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "allow".equals(d.findElement(By.id("result")).getAttribute("data-decision")));
        browser.driver.switchTo().defaultContent();

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> publish.isEnabled());
        String reservation = browser.driver.findElement(By.id("tonegate-reservation")).getAttribute("value");
        assertThat(reservation).isNotBlank();
        publish.click();
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("published");
        browser.screenshot("cms-released");

        // the CMS server reports the publish, signed, with the reservation the panel handed over
        signedEvent("{\"type\": \"published\", \"postId\": \"cms-42\", \"reservation\": \"" + reservation + "\"}");
        JsonNode entries = JSON.readTree(war.send(war.asAdmin("api/v1/portals/cms-test/entries?label=negative").GET().build()).body());
        JsonNode entry = null;
        for (JsonNode e : entries) {
            if ("cms-42".equals(e.get("postId").asText())) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("overriddenBy").asText()).isEqualTo("chief.a");
        assertThat(entry.get("overrideReason").asText()).contains("tránh khu vực cháy");
    }

    @Test
    void aClickBeforeAnyDecisionWaitsForTheCheckAndABlockStopsIt() throws Exception {
        browser.driver.get(editorPage("editor", "cms-44"));
        WebElement title = browser.driver.findElement(By.id("title"));
        // typed and clicked at once, before the debounced check could run
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "document.getElementById('publish').click();", title, "Bắt giữ nhóm đối tượng trộm cắp xe máy");
        WebElement publish = browser.driver.findElement(By.id("publish"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !publish.isEnabled());
        assertThat(browser.driver.findElement(By.id("status")).getText()).as("the click never went through").isEmpty();
    }

    @Test
    void aClickOnAnUncheckedPositiveDraftGoesThroughOnceChecked() throws Exception {
        browser.driver.get(editorPage("editor", "cms-45"));
        WebElement title = browser.driver.findElement(By.id("title"));
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "document.getElementById('publish').click();", title, "Khánh thành trường học mới cho học sinh vùng cao");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "published".equals(d.findElement(By.id("status")).getText()));
        assertThat(browser.driver.findElement(By.id("tonegate-reservation")).getAttribute("value")).isNotBlank();
    }

    /**
     * The editor page of a CMS whose tonegate does not answer: the script is there (a copy the
     * CMS serves) but the panel beside it never decides, so only the failure policy does.
     */
    private String editorPageWithTonegateDown(String post, String onFailure) throws Exception {
        Path down = Files.createDirectories(cmsRoot.resolve("down"));
        Files.copy(Path.of("webapp", "embed.js"), down.resolve("embed.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int port = ((ServerConnector) cms.getConnectors()[0]).getLocalPort();
        String template = new String(CmsEmbedIT.class.getResourceAsStream("/cms/editor.html").readAllBytes(), StandardCharsets.UTF_8);
        String page = template.replace("${tonegate}", "http://localhost:" + port + "/down/").replace("${portal}", "cms-test")
                .replace("${token}", "none").replace("${post}", post)
                .replace("data-on-failure=\"fail-open\"", "data-on-failure=\"" + onFailure + "\" data-timeout-ms=\"1500\"");
        Files.writeString(cmsRoot.resolve(post + ".html"), page);
        return "http://localhost:" + port + "/" + post + ".html";
    }

    @Test
    void whenTonegateDoesNotAnswerFailOpenLetsThePublishThroughAfterTheTimeout() throws Exception {
        browser.driver.get(editorPageWithTonegateDown("cms-46", "fail-open"));
        browser.driver.findElement(By.id("title")).sendKeys("Cháy lớn tại chợ, nhiều ki-ốt bị thiêu rụi");
        browser.driver.findElement(By.id("publish")).click();
        assertThat(browser.driver.findElement(By.id("status")).getText()).as("held while the check is awaited").isEmpty();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "published".equals(d.findElement(By.id("status")).getText()));
    }

    @Test
    void whenTonegateDoesNotAnswerFailClosedHoldsThePublishButtonAndSaysWhy() throws Exception {
        browser.driver.get(editorPageWithTonegateDown("cms-47", "fail-closed"));
        WebElement publish = browser.driver.findElement(By.id("publish"));
        assertThat(publish.isEnabled()).as("held until a check answers").isFalse();
        browser.driver.findElement(By.id("title")).sendKeys("Khánh thành cầu mới nối hai xã ven biển");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> publish.getAttribute("title").contains("không phản hồi"));
        assertThat(publish.isEnabled()).isFalse();
        browser.screenshot("cms-fail-closed");
    }

    @Test
    void aPositiveDraftLeavesThePublishButtonAlone() throws Exception {
        browser.driver.get(editorPage("editor", "cms-43"));
        browser.driver.findElement(By.id("title")).sendKeys("Khánh thành cầu mới nối hai xã ven biển");
        String reservation = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            String v = d.findElement(By.id("tonegate-reservation")).getAttribute("value");
            return v == null || v.isBlank() ? null : v;
        });
        assertThat(reservation).isNotBlank();
        assertThat(browser.driver.findElement(By.id("publish")).isEnabled()).isTrue();
    }
}
