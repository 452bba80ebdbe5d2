package de.foyer.server.storage;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The embedded PostgreSQL stops under a running server and cannot start again at first: requests
 * answer 503 at once meanwhile, and the server is back by itself once the database can start.
 */
class DatabaseOutageIT {

    private static final Pattern RUNNING = Pattern.compile("Foyer is running");
    private static final String SERVICES = "/api/v1/offices/buergerbuero/services";
    /** Longer than the pool's wait for a connection: an outage shorter than that is bridged, and no 503 is owed. */
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    @Test
    void requestsAnswer503AtOnceAndTheServerIsBackWithoutHelp(@TempDir Path data) throws Exception {
        // The client below asks fifty times a second: the citizens' rate limit is not what this test is about.
        try (ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_CLOCK_START", "2026-11-24T10:00",
                "FOYER_RATE_LIMIT_PER_MINUTE", "100000"))) {
            server.awaitOutput(RUNNING, Duration.ofSeconds(120));
            Http http = Http.local(server.port);
            assertThat(http.get(SERVICES, null).status()).isEqualTo(200);

            List<String> postmaster = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
            long pid = Long.parseLong(postmaster.get(0).trim());
            int port = Integer.parseInt(postmaster.get(3).trim());
            // SIGINT is PostgreSQL's fast shutdown, as an operator's pg_ctl stop -m fast or a package upgrade would do.
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor()).isZero();

            // Something else takes the port the moment PostgreSQL lets go of it, so the supervisor's restarts
            // fail for a while: the outage lasts as long as this test says, however fast the machine is.
            Http.Response unavailable = null;
            try (ServerSocket squatter = takeWhenFree(port)) {
                long held = System.nanoTime();
                while (System.nanoTime() - held < OUTAGE.toNanos()) {
                    Http.Response response = timed(http);
                    assertThat(response.status()).as("while the database cannot start: %s", response.body()).isEqualTo(503);
                    unavailable = response;
                    Thread.sleep(20);
                }
            }
            assertThat(unavailable.errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(unavailable.raw().headers().firstValue("Retry-After")).contains("5");

            // The port is free again: the supervisor's next try starts PostgreSQL, and requests succeed by themselves.
            long freed = System.nanoTime();
            int status = 503;
            while (System.nanoTime() - freed < Duration.ofSeconds(40).toNanos() && status != 200) {
                Http.Response response = timed(http);
                status = response.status();
                assertThat(status).as(response.body()).isIn(200, 503);
                Thread.sleep(20);
            }
            assertThat(status).as("back within 40 s:%n%s", server.output()).isEqualTo(200);
            assertThat(Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim()))
                    .as("a new PostgreSQL").isNotEqualTo(pid);
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            assertThat(server.output()).contains("stopped; starting it again", "did not start again");
        }
    }

    /** Every answer comes within 2 s, whether the database is there or not. */
    private static Http.Response timed(Http http) throws Exception {
        long asked = System.nanoTime();
        Http.Response response = http.get(SERVICES, null);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("time to answer").isLessThan(Duration.ofSeconds(2));
        return response;
    }

    /**
     * Listens on the port on every address and hangs up on whoever calls: PostgreSQL cannot bind it,
     * and a client trying it fails at once. Tried every few milliseconds, well before the supervisor's
     * next look; SO_REUSEADDR lets it bind beside PostgreSQL's connections still in TIME_WAIT.
     */
    private static ServerSocket takeWhenFree(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            ServerSocket socket = new ServerSocket();
            try {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException stillTaken) {
                socket.close();
                Thread.sleep(5);
                continue;
            }
            Thread hangUp = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket caller = socket.accept()) {
                        caller.setSoLinger(true, 0);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "port-squatter");
            hangUp.setDaemon(true);
            hangUp.start();
            return socket;
        }
        return fail("PostgreSQL kept its port %d for 10 s after a fast shutdown", port);
    }
}
