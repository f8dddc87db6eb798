package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tonegate.api.WebhookSignature;

/** The supervisor's dashboard in a real browser: portals over the line first, the chart, the items behind a share. */
class DashboardIT extends BrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void publishForTwoPortals() throws Exception {
        String over = portal("so-yte", "Sở Y tế");
        String fine = portal("so-gd", "Sở Giáo dục");
        publish("so-yte", over, "Tai nạn giao thông làm 3 người tử vong", 1);
        publish("so-yte", over, "Cháy lớn tại chợ, nhiều ki-ốt bị thiêu rụi", 1);
        publish("so-yte", over, "Khánh thành bệnh viện đa khoa mới", 3);
        publish("so-gd", fine, "Bắt giữ nhóm đối tượng trộm cắp xe máy", 1);
        publish("so-gd", fine, "Khánh thành trường học mới cho học sinh vùng cao", 12);
    }

    private static String portal(String id, String name) throws Exception {
        HttpResponse<String> r = war.postJson(war.asAdmin("api/v1/portals"), "{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("secret").asText();
    }

    private static void publish(String portal, String secret, String title, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            byte[] body = ("{\"type\": \"published\", \"postId\": \"" + UUID.randomUUID() + "\", \"title\": \"" + title + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            String id = "msg_" + UUID.randomUUID();
            long now = Instant.now().getEpochSecond();
            HttpResponse<String> r = war.send(war.request("api/v1/portals/" + portal + "/events").header("Content-Type", "application/json")
                    .header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                    .header("webhook-signature", WebhookSignature.sign(secret, id, now, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    @Test
    void portalsOverTheLineComeFirstWithTheChartAndTheItemsBehindThem() throws Exception {
        signIn("dashboard.html", EmbeddedWar.ADMIN_PASSWORD);
        WebDriverWait wait = waitUpTo(15);

        wait.until(d -> d.findElements(By.cssSelector("#portals tbody tr[data-portal]")).size() == 2);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#portals tbody tr[data-portal]"));
        assertThat(rows.get(0).getAttribute("data-portal")).isEqualTo("so-yte");
        assertThat(rows.get(0).findElement(By.cssSelector(".status")).getText()).isEqualTo("Vượt ngưỡng");
        assertThat(rows.get(0).getText()).contains("40,0 %");
        assertThat(rows.get(1).findElement(By.cssSelector(".status")).getText()).isEqualTo("Đạt");

        Object datasets = browser.driver.executeScript("return Chart.getChart('chart').data.datasets.length");
        assertThat(((Number) datasets).intValue()).as("two portals and the line").isEqualTo(3);
        Object line = browser.driver.executeScript("return Chart.getChart('chart').data.datasets[2].data[0]");
        assertThat(((Number) line).doubleValue()).isEqualTo(15.0);
        browser.screenshot("dashboard");

        rows.get(0).findElement(By.cssSelector("button")).click();
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed()
                && d.findElements(By.cssSelector("#items tbody tr")).size() == 2);
        assertThat(browser.driver.findElement(By.id("items")).getText()).contains("Tai nạn giao thông", "Cháy lớn tại chợ")
                .doesNotContain("Khánh thành");
        browser.screenshot("dashboard-detail");

        HttpResponse<String> csv = war.send(war.asAdmin("api/v1/overview?format=csv").GET().build());
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("portal,name,from,to,total,negative,share");
        assertThat(csv.body()).contains("so-yte,Sở Y tế").contains(",over,");
    }
}
