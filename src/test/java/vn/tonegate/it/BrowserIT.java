package vn.tonegate.it;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test of the pages in a real browser: the WAR in embedded Jetty and headless Chromium, started
 * once for the class (a subclass's own {@code @BeforeAll} runs after this one, with both up), and
 * the sign-in every page shares.
 */
abstract class BrowserIT {

    static EmbeddedWar war;
    static Browser browser;

    @BeforeAll
    static void startWarAndBrowser() throws Exception {
        war = EmbeddedWar.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stopWarAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (war != null) {
            war.close();
            war = null;
        }
    }

    static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    /**
     * Opens {@code page} in a browser with no session yet (the session cookie would sign it in by
     * itself) and signs in with {@code password}, leaving the page to show what it shows next.
     */
    static void signIn(String page, String password) {
        browser.driver.get(war.base() + page);
        browser.driver.manage().deleteAllCookies();
        browser.driver.executeScript("sessionStorage.clear();");
        browser.driver.navigate().refresh();
        waitUpTo(15).until(d -> d.findElement(By.id("sign-in")).isDisplayed());
        WebElement field = browser.driver.findElement(By.id("password"));
        field.clear();
        field.sendKeys(password);
        browser.driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
    }
}
