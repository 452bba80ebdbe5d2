package de.foyer.server.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
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
 * One headless Chromium for a test class, as the screens' tests run it (the system's chromedriver,
 * a fresh profile), with axe-core for WCAG 2.1 AA and whole-page screenshots at a phone's or a
 * desktop's size in target/screenshots.
 */
final class PortalBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static {
        // Selenium warns on every start that it has no DevTools bindings for this Chromium; these tests need none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private int width = 1280;
    private int height = 900;
    private boolean mobile;

    private PortalBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test class where no chromedriver is installed. */
    static PortalBrowser start() {
        assumeTrue(Files.isExecutable(DRIVER),
                "Browser tests skipped: /usr/bin/chromedriver is missing (install Debian's chromium and chromium-driver).");
        try {
            Path profile = Files.createTempDirectory("foyer-portal-chromium-");
            ChromeOptions options = new ChromeOptions();
            if (Files.isExecutable(CHROMIUM)) {
                options.setBinary(CHROMIUM.toFile());
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                    "--window-size=1280,900", "--hide-scrollbars", "--lang=de-DE");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new PortalBrowser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        driver.executeScript(axeSource());
        String options = "{runOnly: {type: 'tag', values: ['" + String.join("', '", WCAG_TAGS) + "']}}";
        return (List<String>) asyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, %s).then(function (results) {
                  done(results.violations.map(function (violation) {
                    return violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
                      + violation.nodes.map(function (node) { return node.target.join(' '); }).join(', ');
                  }));
                }).catch(function (error) { done(['axe failed: ' + error]); });""".formatted(options));
    }

    /** Keeps a picture of the whole page, not just the part in view, in target/screenshots. */
    void screenshot(String name) {
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

    private static String axeSource() {
        try (InputStream pom = PortalBrowser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream axe = PortalBrowser.class.getResourceAsStream(path)) {
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
