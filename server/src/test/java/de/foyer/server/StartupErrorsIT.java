package de.foyer.server;

import de.foyer.server.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What an operator sees when the server cannot start: one sentence and a non-zero exit, no stack
 * trace. The data directory is mounted read-only or tiny in a mount namespace of the server's own
 * (unshare -m); where the test may not do that, those cases are skipped.
 */
class StartupErrorsIT {

    @Test
    void aReadOnlyDataDirectoryGivesOneSentence(@TempDir Path data) throws Exception {
        String said = failedStart(mounted(data, "ro,size=1m"), data, Map.of());
        assertThat(said).contains("Foyer cannot start: The data directory " + data + " cannot be used: it is on a read-only file system.");
    }

    @Test
    void aFullDiskGivesOneSentence(@TempDir Path data) throws Exception {
        String said = failedStart(mounted(data, "size=1m"), data, Map.of());
        assertThat(said).contains("Foyer cannot start: The data directory " + data + " cannot be used: the disk is full");
    }

    @Test
    void aPortInUseGivesOneSentence(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String said = failedStart(List.of(), data, Map.of("FOYER_PORT", Integer.toString(taken.getLocalPort())));
            assertThat(said).contains("Foyer cannot start: Port " + taken.getLocalPort() + " is in use");
        }
    }

    /** A "yes" that quietly meant false would start an empty office instead of the demo. */
    @Test
    void aSettingThatIsNeitherTrueNorFalseGivesOneSentence(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        String said = failedStart(List.of(), data, Map.of("FOYER_DEMO", "yes"));
        assertThat(said).contains("Foyer cannot start: FOYER_DEMO must be true or false, not 'yes'.");
        assertThat(data).as("nothing touched").doesNotExist();
    }

    private static String failedStart(List<String> wrapper, Path data, Map<String, String> environment) throws Exception {
        try (ServerProcess server = ServerProcess.launch(wrapper, data, environment, "server")) {
            OptionalInt exit = server.awaitExit(Duration.ofSeconds(60));
            String said = server.output();
            assertThat(exit).as(said).isPresent();
            assertThat(exit.getAsInt()).as(said).isNotZero();
            assertThat(said).as("no stack trace").doesNotContain("Exception", "\tat ");
            assertThat(said.lines().filter(line -> line.startsWith("Foyer cannot start")).count()).as(said).isEqualTo(1);
            return said;
        }
    }

    /** Runs the server where a tmpfs with these options is mounted over the data directory. */
    private static List<String> mounted(Path data, String options) throws Exception {
        Process probe = new ProcessBuilder("unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "-o", "size=1m",
                "tmpfs", data.toString()).redirectErrorStream(true).start();
        assumeTrue(probe.waitFor() == 0, "mount namespaces are not available here");
        return List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs -o " + options + " tmpfs \"$0\" && exec \"$@\"", data.toString());
    }
}
