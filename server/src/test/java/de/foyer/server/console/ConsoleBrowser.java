package de.foyer.server.console;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One headless Chromium for a test class of the staff's pages, driven through the system's
 * chromedriver with a profile of its own; signs in through the login page like a clerk, checks
 * pages with axe-core and keeps screenshots in target/screenshots/console.
 */
public final class ConsoleBrowser implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "console");

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final String base;

    private ConsoleBrowser(Chromium chromium, String base) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.base = base;
    }

    /** Starts the browser for a server on this port, or skips the test class where no chromedriver is installed. */
    public static ConsoleBrowser start(int port) {
        return new ConsoleBrowser(Chromium.start("1440,1000", "--lang=de-DE"), "http://localhost:" + port);
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the login page and waits until the page it leads to has loaded. */
    public void signIn(String username, String password, String then) {
        open("/login?next=" + then);
        type("#username", username);
        type("#password", password);
        click("button[type=submit]");
        await(() -> path().equals(then));
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String rest = url.startsWith(base) ? url.substring(base.length()) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /**
     * Waits until the condition holds. A node the page replaces while it is read (a stale element, or in
     * Chromium "Node with given id does not belong to the document") only means asking again.
     */
    public void await(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void click(String css) {
        find(css).click();
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The visible text of the first element matching, or "" while there is none. */
    public String text(String css) {
        List<WebElement> found = findAll(css);
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    public boolean visible(String css) {
        List<WebElement> found = findAll(css);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs axe-core with the WCAG 2.1 A and AA rules; one line per violation. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        return chromium.accessibilityViolations();
    }

    /** Renders the page as for paper ("print") or back for the screen ("screen"): the print style sheet, tested. */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    public void screenshot(String name) {
        if (!Chromium.screenshotsWanted()) {
            return;
        }
        write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only what the window shows: long pages are looked at as a whole. */
    @SuppressWarnings("unchecked")
    public void screenshotOfWholePage(String name) {
        if (!Chromium.screenshotsWanted()) {
            return;
        }
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        write(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void write(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
