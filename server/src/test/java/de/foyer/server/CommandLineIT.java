package de.foyer.server;

import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The launcher as an operator first meets it: {@code ./foyer --help} and {@code ./foyer server --help}
 * answer with the usage and start nothing; a wrong option is refused with the usage. Run through
 * ./foyer itself: its own --help is answered by the script, and the server's jar is packaged before
 * these tests run.
 */
class CommandLineIT {

    /**
     * An environment the server could not start with: help must not read it, and would fail on it
     * if it did.
     */
    private static final Map<String, String> UNREADABLE = Map.of("FOYER_DEMO", "maybe");

    @Test
    void theLauncherListsItsCommands(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");

        Ended ended = run(data, UNREADABLE, "--help");

        assertThat(ended.exit()).as(ended.output()).isZero();
        assertThat(ended.output()).contains("Usage: ./foyer COMMAND", "server", "admin create USERNAME",
                "admin reset-password USERNAME", "kiosk", "display", "./foyer COMMAND --help");
        assertStartedNothing(ended, data);
    }

    @Test
    void theServerPrintsItsUsageAndStartsNothing(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");

        Ended ended = run(data, UNREADABLE, "server", "--help");

        assertThat(ended.exit()).as(ended.output()).isZero();
        assertThat(ended.output()).contains("Usage: foyer server", "--help", "FOYER_DATA_DIR", "FOYER_SMTP_HOST");
        assertThat(ended.output()).doesNotContain("cannot start", "Exception");
        assertStartedNothing(ended, data);
    }

    @Test
    void theAdminCommandSaysWhereThePasswordComesFrom(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");

        Ended ended = run(data, UNREADABLE, "admin", "--help");

        assertThat(ended.exit()).as(ended.output()).isZero();
        assertThat(ended.output()).contains("Usage: foyer admin", "create", "reset-password",
                "read as one line from standard input", "never from the command line");
        assertStartedNothing(ended, data);
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");

        Ended ended = run(data, Map.of(), "server", "--bogus");

        assertThat(ended.exit()).as(ended.output()).isNotZero();
        assertThat(ended.output()).contains("Unknown option: '--bogus'", "Usage: foyer server");
        assertThat(ended.output()).doesNotContain("Exception", "\tat ");
        assertStartedNothing(ended, data);
    }

    @Test
    void anUnknownCommandIsRefusedWithTheList(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");

        Ended ended = run(data, Map.of(), "serve");

        assertThat(ended.exit()).as(ended.output()).isNotZero();
        assertThat(ended.output()).contains("Usage: ./foyer COMMAND");
        assertStartedNothing(ended, data);
    }

    private record Ended(int exit, String output, int port) {
    }

    private static Ended run(Path data, Map<String, String> environment, String... command) throws InterruptedException {
        try (ServerProcess process = ServerProcess.launch(List.of(), data, environment, command)) {
            OptionalInt exit = process.awaitExit(Duration.ofSeconds(60));
            assertThat(exit).as("still running after a minute: %s", process.output()).isPresent();
            return new Ended(exit.getAsInt(), process.output(), process.port);
        }
    }

    /** A server makes its data directory before anything else and keeps its port until it ends. */
    private static void assertStartedNothing(Ended ended, Path data) {
        assertThat(ended.output()).doesNotContain("Foyer is running");
        assertThat(Files.exists(data)).as("data directory created").isFalse();
        assertThatCode(() -> {
            try (ServerSocket socket = new ServerSocket(ended.port())) {
                socket.setReuseAddress(true);
            }
        }).as("port %d still bound", ended.port()).doesNotThrowAnyException();
    }
}
