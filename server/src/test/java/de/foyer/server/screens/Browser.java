package de.foyer.server.screens;

import de.foyer.server.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One headless Chromium for a test class, driven through the system's chromedriver (Debian's
 * packages chromium and chromium-driver), with a fresh profile. Pages are checked with axe-core.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Chromium chromium;
    private final ChromeDriver driver;

    private Browser(Chromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /** Starts the browser, or skips the calling test class where no chromedriver is installed. */
    static Browser start() {
        return new Browser(Chromium.start("1280,720"));
    }

    void open(String url) {
        driver.get(url);
    }

    /** Sets the size of the page's viewport, as a TV ({@code mobile} false) or a phone would have it. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /**
     * Waits until the condition holds. A node the page replaces while it is read (a stale element, or in
     * Chromium "Node with given id does not belong to the document") only means asking again.
     */
    void await(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The text of the first element matching, or "" while there is none. */
    String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    boolean visible(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Runs the script in every page opened from now on, before the page's own; undone by {@link #forget}. */
    String beforeEachPage(String script) {
        return String.valueOf(driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                .get("identifier"));
    }

    void forget(String identifier) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String source() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Runs axe-core on the page with the WCAG 2.1 A and AA rules; returns one line per violation. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        return chromium.accessibilityViolations();
    }

    /** Keeps a picture of the page in target/screenshots, to look at after the tests, where asked for ({@link Chromium#screenshotsWanted}). */
    void screenshot(String name) {
        if (!Chromium.screenshotsWanted()) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
