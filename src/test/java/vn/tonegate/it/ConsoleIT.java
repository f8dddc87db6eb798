package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The webmaster's console in a real browser: an import with bad rows, an edit that changes a score, a portal and its policy. */
class ConsoleIT extends BrowserIT {


    @BeforeAll
    static void signInToTheConsole() {
        signIn("console.html", EmbeddedWar.ADMIN_PASSWORD);
        waitUpTo(15).until(d -> d.findElement(By.id("console")).isDisplayed());
        waitUpTo(15).until(d -> !d.findElements(By.cssSelector("#entries tbody tr")).isEmpty());
    }

    private long lexiconVersion() throws Exception {
        return new ObjectMapper().readTree(war.send(war.request("api/v1/health").GET().build()).body()).get("lexiconVersion").asLong();
    }

    @Test
    void anImportWithBadRowsListsThemAndChangesNothing() throws Exception {
        long before = lexiconVersion();
        Path csv = Files.createTempFile("lexicon", ".csv");
        Files.writeString(csv, "phrase,category,weight,note\nlũ ống,negative,2.5,ok\n,negative,1,blank\nmưa vàng,happy,1,bad category\n");
        browser.driver.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElements(By.cssSelector("#import-errors li")).size() >= 2);
        assertThat(browser.driver.findElement(By.id("import-result")).getText()).contains("Không nhập").contains("2 dòng sai");
        assertThat(browser.driver.findElement(By.id("import-errors")).getText()).contains("line 3.phrase", "line 4.category");
        assertThat(lexiconVersion()).isEqualTo(before);
        browser.screenshot("console-import-rejected");
    }

    @Test
    void anEntryAddedInTheConsoleChangesTheScoreInTheTryItBox() throws Exception {
        browser.driver.findElement(By.id("tab-lexicon")).click();
        WebElement text = browser.driver.findElement(By.id("try-text"));
        text.clear();
        text.sendKeys("Xã Tân Lập ghi nhận mưa axit");
        browser.driver.findElement(By.cssSelector("#try-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElement(By.id("try-result")).getText().startsWith("Trung tính"));

        browser.driver.findElement(By.id("entry-phrase")).sendKeys("mưa axit");
        new Select(browser.driver.findElement(By.id("entry-category"))).selectByValue("negative");
        WebElement weight = browser.driver.findElement(By.id("entry-weight"));
        weight.clear();
        weight.sendKeys("2.5");
        browser.driver.findElement(By.id("entry-note")).sendKeys("acid rain");
        browser.driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElement(By.id("history")).getText().contains("mưa axit"));

        browser.driver.findElement(By.cssSelector("#try-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElement(By.id("try-result")).getText().startsWith("Tiêu cực"));
        assertThat(browser.driver.findElements(By.cssSelector("#highlights mark.cat-negative")))
                .extracting(m -> m.getAttribute("textContent")).anyMatch(s -> s.startsWith("mưa axit"));
        browser.screenshot("console-entry-added");

        // roll back to the version before the entry: the score is what it was
        String previous = String.valueOf(lexiconVersion() - 1);
        browser.driver.findElement(By.cssSelector("#history li[data-version='" + previous + "'] button")).click();
        browser.driver.switchTo().alert().accept();
        waitUpTo(15).until(d -> d.findElement(By.id("history-status")).getText().contains("phiên bản " + previous));
        browser.driver.findElement(By.cssSelector("#try-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElement(By.id("try-result")).getText().startsWith("Trung tính"));
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("quay lại phiên bản");
        browser.screenshot("console-rolled-back");

        // the form was reset after the save: an entry without a phrase is refused beside the field
        WebElement phrase = browser.driver.findElement(By.id("entry-phrase"));
        assertThat(phrase.getAttribute("value")).isEmpty();
        browser.driver.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        WebElement error = waitUpTo(15).until(d -> {
            WebElement e = d.findElement(By.id("entry-phrase-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).isNotBlank();
        assertThat(phrase.getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aPortalIsRegisteredWithItsSecretAndAnInvalidPolicyIsExplainedInPlace() throws Exception {
        browser.driver.findElement(By.id("tab-portals")).click();
        browser.driver.findElement(By.id("portal-id")).sendKeys("so-congthuong");
        browser.driver.findElement(By.id("portal-name")).sendKeys("Sở Công Thương");
        browser.driver.findElement(By.cssSelector("#portal-form button[type=submit]")).click();
        waitUpTo(15).until(d -> d.findElement(By.id("secret-box")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("secret")).getText()).startsWith("whsec_");

        waitUpTo(15).until(d -> !d.findElements(By.cssSelector("#portal-list tr[data-portal='so-congthuong'] button")).isEmpty());
        browser.driver.findElement(By.cssSelector("#portal-list tr[data-portal='so-congthuong'] button")).click();
        WebElement threshold = browser.driver.findElement(By.id("policy-threshold"));
        threshold.clear();
        threshold.sendKeys("1.5");
        browser.driver.findElement(By.cssSelector("#policy-form button[type=submit]")).click();
        WebElement error = waitUpTo(15).until(d -> {
            WebElement e = d.findElement(By.id("policy-threshold-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).isNotBlank();
        assertThat(threshold.getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("console-policy-invalid");

        threshold.clear();
        threshold.sendKeys("0.1");
        browser.driver.findElement(By.cssSelector("#policy-form button[type=submit]")).click();
        waitUpTo(15).until(d -> "Đã lưu.".equals(d.findElement(By.id("policy-saved")).getText()));
        assertThat(war.send(war.asAdmin("api/v1/portals/so-congthuong").GET().build()).body()).contains("\"threshold\":0.1");
    }
}
