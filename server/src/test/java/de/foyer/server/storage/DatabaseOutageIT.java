package de.foyer.server.storage;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL stops under a running server: requests fail fast, and it comes back by itself. */
class DatabaseOutageIT {

    private static final Pattern RUNNING = Pattern.compile("Foyer is running");
    private static final String SERVICES = "/api/v1/offices/buergerbuero/services";

    @Test
    void requestsAnswer503AtOnceAndTheServerIsBackWithoutHelp(@TempDir Path data) throws Exception {
        // The client below asks fifty times a second: the citizens' rate limit is not what this test is about.
        try (ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_CLOCK_START", "2026-11-24T10:00",
                "FOYER_RATE_LIMIT_PER_MINUTE", "100000"))) {
            server.awaitOutput(RUNNING, Duration.ofSeconds(120));
            Http http = Http.local(server.port);
            assertThat(http.get(SERVICES, null).status()).isEqualTo(200);

            long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
            // SIGINT is PostgreSQL's fast shutdown, as an operator's pg_ctl stop -m fast or a package upgrade would do.
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor()).isZero();
            long stopped = System.nanoTime();

            // A client asks without pause: every answer comes within 2 s, 503 with Retry-After while the
            // database is away, and 200 again once the supervisor has started it, all within 30 s.
            Http.Response unavailable = null;
            Duration slowest = Duration.ZERO;
            int status = 0;
            while (System.nanoTime() - stopped < Duration.ofSeconds(30).toNanos() && (unavailable == null || status != 200)) {
                long asked = System.nanoTime();
                Http.Response response = http.get(SERVICES, null);
                Duration took = Duration.ofNanos(System.nanoTime() - asked);
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                status = response.status();
                assertThat(status).as(response.body()).isIn(200, 503);
                if (status == 503 && unavailable == null) {
                    unavailable = response;
                }
                Thread.sleep(20);
            }
            assertThat(unavailable).as("a 503 while the database was away:%n%s", server.output()).isNotNull();
            assertThat(unavailable.errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(unavailable.raw().headers().firstValue("Retry-After")).contains("5");
            assertThat(slowest).isLessThan(Duration.ofSeconds(2));
            assertThat(status).as("back within 30 s:%n%s", server.output()).isEqualTo(200);
            assertThat(Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim()))
                    .as("a new PostgreSQL").isNotEqualTo(pid);
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            assertThat(server.output()).contains("stopped; starting it again");
        }
    }
}
