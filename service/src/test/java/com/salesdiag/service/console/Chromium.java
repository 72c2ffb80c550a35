package com.salesdiag.service.console;

import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless chromium driven through chromedriver against the running console, as {@link ConsoleBrowserTests}
 * drives it: skipped on a machine without it, except under CI (which installs it), where that is a failure.
 */
final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("..", "docs", "console");

    private final ChromeDriver browser;
    private final int port;

    private Chromium(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    static Chromium start(int port) {
        File driver = new File(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
        String missing = "chromedriver at " + driver + " (apt-get install chromium chromium-driver; .ci/run does)";
        if (System.getenv("CI") != null) {
            assertThat(driver.canExecute()).as(missing).isTrue();
        } else {
            Assumptions.assumeTrue(driver.canExecute(), "skipped: no " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("console.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-GB", "--window-size=1280,1000");
        return new Chromium(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(),
                options), port);
    }

    ChromeDriver driver() {
        return browser;
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    void signIn(Users.Login user) {
        browser.findElement(By.id("username")).sendKeys(user.name());
        browser.findElement(By.id("password")).sendKeys(user.password());
        navigate(browser.findElement(By.id("sign-in")));
    }

    void signOut() {
        navigate(browser.findElement(By.id("sign-out")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    /** Clicks what leads to another page, and waits for that page. */
    void navigate(WebElement element) {
        navigate(element::click);
    }

    /** Does what leads to another page (a click, a key), and waits for that page. */
    void navigate(Runnable action) {
        // the page left behind is marked; the next one is not, once it has loaded
        browser.executeScript("document.documentElement.setAttribute('data-left', 'yes');");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(WebDriverException.class).until(b ->
                Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete' "
                        + "&& !document.documentElement.hasAttribute('data-left');")));
    }

    /** The whole page, however long, under {@code docs/console/}. */
    void screenshot(String name) {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 700), 4000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
