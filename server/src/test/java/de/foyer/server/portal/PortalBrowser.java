package de.foyer.server.portal;

import de.foyer.server.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * One headless Chromium for a test class, as the screens' tests run it (the system's chromedriver,
 * a fresh profile), with axe-core for WCAG 2.1 AA and whole-page screenshots at a phone's or a
 * desktop's size in target/screenshots.
 */
final class PortalBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Chromium chromium;
    private final ChromeDriver driver;
    private int width = 1280;
    private int height = 900;
    private boolean mobile;

    private PortalBrowser(Chromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /** Starts the browser, or skips the calling test class where no chromedriver is installed. */
    static PortalBrowser start() {
        return new PortalBrowser(Chromium.start("1280,900", "--lang=de-DE"));
    }

    void open(String url) {
        driver.get(url);
    }

    void phone() {
        viewport(390, 844, true);
    }

    void desktop() {
        viewport(1280, 900, false);
    }

    private void viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
        metrics(height);
    }

    private void metrics(int viewportHeight) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", viewportHeight, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Lays the page out for "print" or back for "screen". */
    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Waits until the condition holds; a page that is being replaced meanwhile only means asking again. */
    void await(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    /** Waits until the page with this heading has loaded. */
    void awaitHeading(String heading) {
        await(() -> text("h1").contains(heading) && "complete".equals(script("return document.readyState")));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void click(String css) {
        find(css).click();
    }

    void clickLink(String text) {
        driver.findElement(By.partialLinkText(text)).click();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Runs axe-core on the page with the WCAG 2.1 A and AA rules; one line per violation. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        return chromium.accessibilityViolations();
    }

    /** Keeps a picture of the whole page, not just the part in view, in target/screenshots. */
    void screenshot(String name) {
        if (!Chromium.screenshotsWanted()) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            long pageHeight = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            metrics((int) Math.max(height, Math.min(pageHeight, 6000)));
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            metrics(height);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
