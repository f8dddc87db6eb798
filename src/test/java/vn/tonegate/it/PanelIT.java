package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.PanelToken;
import vn.tonegate.api.WebhookSignature;

/** The editor panel in a real browser: a live check, a block, an override, and inert draft markup. */
class PanelIT extends BrowserIT {

    private static String secret;

    @BeforeAll
    static void registerAPortalThatHasPublishedOneNegativeItem() throws Exception {
        HttpResponse<String> created = war.postJson(war.asAdmin("api/v1/portals"),
                "{\"id\": \"so-vh\", \"name\": \"Sở Văn hóa\", \"policy\": {\"minSample\": 0, \"warnMargin\": 0}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        secret = new ObjectMapper().readTree(created.body()).get("secret").asText();
        // the portal has published one negative item and nothing else: any negative item reaches the line
        byte[] event = "{\"type\": \"published\", \"postId\": \"old\", \"title\": \"Tai nạn giao thông làm 3 người tử vong\"}"
                .getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> published = war.send(war.request("api/v1/portals/so-vh/events").header("Content-Type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", WebhookSignature.sign(secret, id, now, event))
                .POST(HttpRequest.BodyPublishers.ofByteArray(event)).build());
        assertThat(published.statusCode()).isEqualTo(200);
    }

    private void open(String role) {
        String token = PanelToken.mint(secret, new PanelToken.Claims("so-vh", "editor.a", role, Instant.now().plusSeconds(900)));
        browser.driver.get(war.base() + "panel.html#portal=so-vh&post=cms-" + UUID.randomUUID() + "&token=" + token);
        browser.driver.navigate().refresh();
    }

    private String decision() {
        return browser.driver.findElement(By.id("result")).getAttribute("data-decision");
    }

    @Test
    void aNegativeDraftIsBlockedAndAnAllowedRoleOverridesWithAReason() throws Exception {
        open("editor-in-chief");
        browser.driver.findElement(By.id("title")).sendKeys("Cháy lớn tại chợ, nhiều ki-ốt bị thiêu rụi");
        waitUpTo(15).until(d -> "block".equals(decision()));
        assertThat(browser.driver.findElement(By.id("decision-text")).getText()).contains("Chưa được đăng");
        assertThat(browser.driver.findElement(By.id("share-after")).getText()).isEqualTo("100,0 %");
        assertThat(browser.driver.findElement(By.id("headroom")).getText()).contains("Còn được đăng 0 tin tiêu cực");
        assertThat(browser.driver.findElements(By.cssSelector("#highlights .title mark.cat-negative"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("announcer")).getText()).contains("Chưa được đăng");
        browser.screenshot("panel-blocked");

        WebElement reason = browser.driver.findElement(By.id("justification"));
        assertThat(reason.isDisplayed()).isTrue();
        reason.sendKeys("Thông tin cần thiết để người dân tránh khu vực cháy");
        browser.driver.findElement(By.id("override-btn")).click();
        waitUpTo(15).until(d -> "allow".equals(decision()));
        assertThat(browser.driver.findElement(By.id("decision-text")).getText()).contains("vượt chặn");
        assertThat(browser.driver.findElement(By.id("override")).isDisplayed()).isFalse();
        browser.screenshot("panel-overridden");
    }

    @Test
    void aRoleThePolicyDoesNotListIsToldSoAndStaysBlocked() throws Exception {
        open("editor");
        browser.driver.findElement(By.id("title")).sendKeys("Bắt giữ nhóm đối tượng trộm cắp xe máy");
        waitUpTo(15).until(d -> "block".equals(decision()));
        browser.driver.findElement(By.id("justification")).sendKeys("Một lý do đủ dài để được ghi vào nhật ký");
        browser.driver.findElement(By.id("override-btn")).click();
        WebElement error = waitUpTo(15).until(d -> {
            WebElement e = d.findElement(By.id("override-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).contains("editor").contains("không được phép");
        assertThat(decision()).isEqualTo("block");
    }

    @Test
    void aPositiveDraftIsAllowedAndDraftMarkupNeverRuns() throws Exception {
        open("editor");
        browser.driver.executeScript("window.pwned = false;");
        browser.driver.findElement(By.id("title")).sendKeys("Khánh thành cầu mới <img src=x onerror=\"window.pwned=true\">");
        waitUpTo(15).until(d -> "allow".equals(decision()));
        assertThat(browser.driver.executeScript("return window.pwned")).isEqualTo(false);
        assertThat(browser.driver.findElements(By.cssSelector("#highlights img"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("override")).isDisplayed()).isFalse();
        browser.driver.findElement(By.id("lang")).click();
        assertThat(browser.driver.findElement(By.id("decision-text")).getText()).isEqualTo("May be published");
        browser.driver.findElement(By.id("lang")).click();
        browser.screenshot("panel-allowed");
    }

    @Test
    void withoutATokenThePanelSaysWhatItNeeds() {
        browser.driver.get(war.base() + "panel.html");
        browser.driver.navigate().refresh();
        WebElement error = waitUpTo(10).until(d -> {
            WebElement e = d.findElement(By.id("panel-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).contains("mã truy cập");
    }
}
