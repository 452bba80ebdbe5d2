package de.foyer.kiosk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./foyer kiosk --help} as a process: the launcher runs the kiosk's main class and passes the
 * arguments on unchanged, so this starts that main class in a JVM of its own with the test's class
 * path, instead of packaging the kiosk's jar for the launcher. Without a display and without
 * Monocle, a kiosk that tried to open its window would fail or hang instead of exiting 0.
 */
class KioskCommandLineTest {

    @Test
    void helpPrintsTheUsageAndOpensNoWindow() throws Exception {
        Ended ended = kiosk(Map.of("FOYER_PRINTER", "pigeon://loft"), "--help");

        assertThat(ended.exit()).as(ended.output()).isZero();
        assertThat(ended.output()).contains("Usage: kiosk", "--server", "--token", "--office", "FOYER_PRINTER");
        assertThat(ended.output()).doesNotContain("Exception");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() throws Exception {
        Ended ended = kiosk(Map.of(), "--bogus");

        assertThat(ended.exit()).as(ended.output()).isNotZero();
        assertThat(ended.output()).contains("Unknown option: '--bogus'", "Usage: kiosk");
        assertThat(ended.output()).doesNotContain("Exception", "\tat ");
    }

    private record Ended(int exit, String output) {
    }

    private static Ended kiosk(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), KioskMain.class.getName()));
        command.addAll(List.of(arguments));
        // Into a file, not a pipe: a kiosk that hangs must not hang the test on reading its output.
        Path log = Files.createTempFile("kiosk", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("FOYER_KIOSK_TOKEN");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The kiosk still runs after a minute:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Ended(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
