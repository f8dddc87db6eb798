package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The front page in a real browser: sign in, score a draft, read the highlighted reasons. */
class FrontPageIT extends BrowserIT {

    @Test
    void oneSignInServesEveryPageAndSigningOutEndsIt() {
        signIn("", EmbeddedWar.ADMIN_PASSWORD);
        waitUpTo(10).until(d -> d.findElement(By.id("scorer")).isDisplayed());
        browser.driver.get(war.base() + "dashboard.html");
        waitUpTo(10).until(d -> d.findElement(By.id("dashboard")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("sign-in")).isDisplayed()).isFalse();
        assertThat(browser.driver.manage().getCookieNamed("tonegate_session").isHttpOnly()).isTrue();

        browser.driver.findElement(By.id("sign-out")).click();
        waitUpTo(10).until(d -> d.manage().getCookieNamed("tonegate_session") == null);
        browser.driver.get(war.base() + "console.html");
        waitUpTo(10).until(d -> d.findElement(By.id("sign-in")).isDisplayed());
    }

    @Test
    void aWrongPasswordIsSaidPlainly() throws Exception {
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        signIn("", "wrong password");
        WebElement error = waitUpTo(10).until(d -> {
            WebElement e = d.findElement(By.id("sign-in-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void aScoredDraftShowsItsLabelAndHighlightsTheWordsInPlace() throws Exception {
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        signIn("", EmbeddedWar.ADMIN_PASSWORD);
        waitUpTo(10).until(d -> d.findElement(By.id("scorer")).isDisplayed());
        browser.driver.findElement(By.id("title")).sendKeys("Tai nạn giao thông làm 3 người tử vong");
        browser.driver.findElement(By.id("body")).sendKeys("Lực lượng chức năng đã hỗ trợ gia đình nạn nhân.");
        browser.driver.findElement(By.id("score-btn")).click();
        waitUpTo(15).until(d -> "200".equals(d.findElement(By.id("result")).getAttribute("data-status")));

        assertThat(browser.driver.findElement(By.id("verdict-label")).getText()).isEqualTo("Tiêu cực");
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("#highlights .title mark"));
        assertThat(marks).extracting(m -> m.getAttribute("textContent").replaceAll("tiêu cực.*$", "").trim())
                .anyMatch(text -> text.startsWith("Tai nạn giao thông"));
        WebElement first = marks.get(0);
        new Actions(browser.driver).moveToElement(first).perform();
        WebElement tip = first.findElement(By.cssSelector(".tip"));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("tiêu cực", "đóng góp");
        assertThat(browser.driver.findElement(By.id("announcer")).getText()).contains("Tiêu cực");
        browser.screenshot("front-page-scored");

        browser.driver.findElement(By.id("lang")).click();
        assertThat(browser.driver.findElement(By.id("verdict-label")).getText()).isEqualTo("Negative");
        browser.screenshot("front-page-scored-en");
        browser.driver.findElement(By.id("lang")).click();
    }

    @Test
    void draftMarkupIsShownAsTextAndNeverRuns() throws Exception {
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        signIn("", EmbeddedWar.ADMIN_PASSWORD);
        waitUpTo(10).until(d -> d.findElement(By.id("scorer")).isDisplayed());
        browser.driver.executeScript("window.pwned = false;");
        WebElement body = browser.driver.findElement(By.id("body"));
        body.clear();
        body.sendKeys("<img src=x onerror=\"window.pwned=true\"> Vụ cháy lớn <script>window.pwned=true</script>");
        browser.driver.findElement(By.id("title")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitUpTo(15).until(d -> "200".equals(d.findElement(By.id("result")).getAttribute("data-status")));
        assertThat(browser.driver.executeScript("return window.pwned")).isEqualTo(false);
        assertThat(browser.driver.findElements(By.cssSelector("#highlights img, #highlights script"))).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#highlights .body")).getText()).contains("<img src=x");
        browser.screenshot("front-page-markup-inert");
    }

    @Test
    void nothingToScoreMarksTheFields() throws Exception {
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        signIn("", EmbeddedWar.ADMIN_PASSWORD);
        waitUpTo(10).until(d -> d.findElement(By.id("scorer")).isDisplayed());
        browser.driver.findElement(By.id("score-btn")).click();
        waitUpTo(15).until(d -> "400".equals(d.findElement(By.id("result")).getAttribute("data-status")));
        assertThat(browser.driver.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("title-error")).getText()).contains("tiêu đề");
    }
}
