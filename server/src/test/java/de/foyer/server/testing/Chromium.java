package de.foyer.server.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through its chromedriver, with a profile of its own, and
 * axe-core to check a page against WCAG 2.1 A and AA. The pages' browser helpers build on it.
 */
public final class Chromium implements AutoCloseable {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** axe-core's script, read once: each page gets it anew, as navigating drops it. */
    private static final String AXE = axeSource();

    static {
        // Selenium warns on every start that it has no DevTools bindings for this Chromium; these tests need none.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Whether the browser tests keep pictures of their pages for people to look at
     * ({@code ./mvnw verify -Dfoyer.screenshots=true}); taking them costs a run about half a minute.
     */
    public static boolean screenshotsWanted() {
        return Boolean.getBoolean("foyer.screenshots");
    }

    /** Starts the browser, or skips the calling test class where no chromedriver is installed. */
    public static Chromium start(String windowSize, String... arguments) {
        assumeTrue(Files.isExecutable(DRIVER),
                "Browser tests skipped: /usr/bin/chromedriver is missing (install Debian's chromium and chromium-driver).");
        try {
            Path profile = Files.createTempDirectory("foyer-chromium-");
            ChromeOptions options = new ChromeOptions();
            if (Files.isExecutable(BINARY)) {
                options.setBinary(BINARY.toFile());
            }
            List<String> all = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=" + windowSize, "--hide-scrollbars"));
            all.addAll(List.of(arguments));
            options.addArguments(all);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs axe-core on the page with the WCAG 2.1 A and AA rules; one line per violation. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        driver.executeScript(AXE);
        // Only the violations are reported, so axe need not gather the details of every rule that passed.
        String options = "{runOnly: {type: 'tag', values: ['" + String.join("', '", WCAG_TAGS) + "']}, resultTypes: ['violations']}";
        return (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, %s).then(function (results) {
                  done(results.violations.map(function (violation) {
                    return violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
                      + violation.nodes.map(function (node) { return node.target.join(' '); }).join(', ');
                  }));
                }).catch(function (error) { done(['axe failed: ' + error]); });""".formatted(options));
    }

    private static String axeSource() {
        try (InputStream pom = Chromium.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream axe = Chromium.class.getResourceAsStream(path)) {
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
