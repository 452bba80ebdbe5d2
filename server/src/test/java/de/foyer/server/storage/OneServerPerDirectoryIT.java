package de.foyer.server.storage;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A second `./foyer server` on a running server's data directory ends at once and leaves the first alone. */
class OneServerPerDirectoryIT {

    private static final Pattern RUNNING = Pattern.compile("Foyer is running");
    private static final Map<String, String> ENVIRONMENT = Map.of("FOYER_DEMO_SECRET", "directory-test-secret",
            "FOYER_CLOCK_START", "2026-11-24T10:00");

    @Test
    void aSecondServerEndsWithinTenSecondsNamingTheDirectoryAndTheFirstAnswersEveryRequest(@TempDir Path data) throws Exception {
        try (ServerProcess first = ServerProcess.launch(data, ENVIRONMENT)) {
            first.awaitOutput(RUNNING, Duration.ofSeconds(120));
            Http http = Http.local(first.port);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean polling = new AtomicBoolean(true);
            Thread client = new Thread(() -> {
                while (polling.get()) {
                    try {
                        statuses.add(http.get("/api/v1/offices/buergerbuero/services", null).status());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    pause(50);
                }
            }, "polling-client");
            client.start();

            long started = System.nanoTime();
            OptionalInt exit;
            String said;
            try (ServerProcess second = ServerProcess.launch(data, ENVIRONMENT)) {
                exit = second.awaitExit(Duration.ofSeconds(10));
                said = second.output();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            pause(2000); // the first server must still be whole after the second one is gone
            polling.set(false);
            client.join();

            assertThat(exit).as("the second server ended within 10 s (took %s):%n%s", took, said).isPresent();
            assertThat(exit.getAsInt()).as(said).isNotZero();
            assertThat(said).contains("Foyer cannot start: The data directory " + data.toAbsolutePath().normalize()
                    + " is in use by another Foyer server");
            assertThat(said).doesNotContain("stopping it", "Exception");
            assertThat(failures).as("every request was answered").isEmpty();
            assertThat(statuses).hasSizeGreaterThan(20).containsOnly(200);
            assertThat(first.output()).doesNotContain("ERROR");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
