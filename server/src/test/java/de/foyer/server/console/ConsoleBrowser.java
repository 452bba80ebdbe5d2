package de.foyer.server.console;

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
import java.util.Base64;
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
 * One headless Chromium for a test class of the staff's pages, driven through the system's
 * chromedriver with a profile of its own; signs in through the login page like a clerk, checks
 * pages with axe-core and keeps screenshots in target/screenshots/console.
 */
public final class ConsoleBrowser implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "console");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static {
        // Selenium warns at each start that it has no DevTools bindings for this Chromium; nothing here needs them.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private ConsoleBrowser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Starts the browser for a server on this port, or skips the test class where no chromedriver is installed. */
    public static ConsoleBrowser start(int port) {
        assumeTrue(Files.isExecutable(DRIVER), "Browser tests skipped: /usr/bin/chromedriver is missing "
                + "(install Debian's chromium and chromium-driver).");
        try {
            Path profile = Files.createTempDirectory("foyer-console-chromium-");
            ChromeOptions options = new ChromeOptions();
            if (Files.isExecutable(CHROMIUM)) {
                options.setBinary(CHROMIUM.toFile());
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                    "--window-size=1440,1000", "--hide-scrollbars", "--lang=de-DE");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new ConsoleBrowser(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public void await(BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
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
        driver.executeScript(axe());
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(function (results) {
                  done(results.violations.map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                  }));
                }, function (error) { done(['axe failed: ' + error]); });""".formatted(
                WCAG.stream().map(tag -> "'" + tag + "'").toList()));
        return (List<String>) result;
    }

    public void screenshot(String name) {
        write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only what the window shows: long pages are looked at as a whole. */
    @SuppressWarnings("unchecked")
    public void screenshotOfWholePage(String name) {
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

    private static String axe() {
        try (InputStream pom = ConsoleBrowser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = ConsoleBrowser.class.getResourceAsStream(path)) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
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
            // A profile left behind in the temporary directory does no harm.
        }
    }
}
