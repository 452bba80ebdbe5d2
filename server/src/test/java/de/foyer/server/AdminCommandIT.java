package de.foyer.server;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./foyer admin} on the data directory of an installation, as the README shows it: beside the
 * running server (through its PostgreSQL), and with the server stopped (starting PostgreSQL for it).
 */
class AdminCommandIT {

    private static final String SECRET = "admin-test-secret";
    private static final String PASSWORD = "Lindenallee-42";

    @Test
    void aPasswordIsSetWhileTheServerRunsAndAnAdministratorIsMadeWhileItIsStopped(@TempDir Path data) throws Exception {
        try (ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_DEMO_SECRET", SECRET))) {
            server.awaitOutput(Pattern.compile("Foyer is running"), Duration.ofSeconds(120));
            Http http = Http.local(server.port);

            String said = admin(data, PASSWORD + "\n", "reset-password", "clerk1");

            assertThat(said).contains("New password set for clerk1; its sessions have ended.");
            assertThat(signIn(http, "clerk1", SECRET)).as("the old password").isEqualTo(401);
            assertThat(signIn(http, "clerk1", PASSWORD)).as("the new password").isEqualTo(201);
        }

        String said = admin(data, PASSWORD + "\n", "create", "anna");

        assertThat(said).contains("Administrator anna created in office buergerbuero.");
        try (ServerProcess server = ServerProcess.launch(data, Map.of("FOYER_DEMO_SECRET", SECRET))) {
            server.awaitOutput(Pattern.compile("Foyer is running"), Duration.ofSeconds(120));
            assertThat(signIn(Http.local(server.port), "anna", PASSWORD)).isEqualTo(201);
        }
    }

    private static String admin(Path data, String standardInput, String... command) throws InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("admin"));
        line.addAll(List.of(command));
        try (ServerProcess process = ServerProcess.launch(List.of(), data, Map.of(), line.toArray(String[]::new))) {
            process.input(standardInput);
            OptionalInt exit = process.awaitExit(Duration.ofSeconds(120));
            assertThat(exit).as(process.output()).isPresent();
            assertThat(exit.getAsInt()).as(process.output()).isZero();
            return process.output();
        }
    }

    private static int signIn(Http http, String username, String password) {
        return http.post("/api/v1/session", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").status();
    }
}
