package de.foyer.server.screens;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium for a test class, driven through the system's chromedriver (Debian's
 * packages chromium and chromium-driver), with a fresh profile. Pages are checked with axe-core.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Selenium warns on every start that it has no DevTools bindings for this Chromium; these tests need none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test class where no chromedriver is installed. */
    static Browser start() {
        assumeTrue(Files.isExecutable(DRIVER),
                "Browser tests skipped: /usr/bin/chromedriver is missing (install Debian's chromium and chromium-driver).");
        try {
            Path profile = Files.createTempDirectory("foyer-chromium-");
            ChromeOptions options = new ChromeOptions();
            if (Files.isExecutable(CHROMIUM)) {
                options.setBinary(CHROMIUM.toFile());
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                    "--window-size=1280,720", "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Sets the size of the page's viewport, as a TV ({@code mobile} false) or a phone would have it. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Waits until the condition holds; the page may redraw meanwhile. */
    void await(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
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
        driver.executeScript(axeSource());
        String options = "{runOnly: {type: 'tag', values: ['" + String.join("', '", WCAG_TAGS) + "']}}";
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, %s).then(function (results) {
                  done(results.violations.map(function (violation) {
                    return violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
                      + violation.nodes.map(function (node) { return node.target.join(' '); }).join(', ');
                  }));
                }).catch(function (error) { done(['axe failed: ' + error]); });""".formatted(options));
        return (List<String>) result;
    }

    /** Keeps a picture of the page in target/screenshots, to look at after the tests. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream pom = Browser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream axe = Browser.class.getResourceAsStream(path)) {
                return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory does no harm.
        }
    }
}
