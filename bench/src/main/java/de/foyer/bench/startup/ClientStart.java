package de.foyer.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Starts a screen application (kiosk or display) from its shaded jar and waits for the line it
 * prints when its first frame is on screen. Without a display it runs on JavaFX's headless
 * Monocle platform, which the jars bring along.
 */
final class ClientStart {

    static final Pattern FIRST_FRAME = Pattern.compile("(?i)first frame");

    /** The time until the first frame, or why there is none. */
    record Result(long nanos, String notMeasured) {
    }

    private ClientStart() {
    }

    /** The module's shaded jar in the checkout this runs from, if it has been built. */
    static Optional<Path> jar(String module) throws IOException {
        Path target = Path.of(module, "target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("foyer-" + module + "-.*-all\\.jar")).findFirst();
        }
    }

    static Result run(Path jar, List<String> args, Map<String, String> environment, Duration patience, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicLong firstFrame = new AtomicLong(-1);
        Thread reader = new Thread(() -> watch(process, start, firstFrame, log), "first-frame-watch");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = start + patience.toNanos();
            while (firstFrame.get() < 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            if (firstFrame.get() >= 0) {
                return new Result(firstFrame.get(), null);
            }
            return new Result(-1, process.isAlive()
                    ? "it printed no line with \"first frame\" within " + patience.toSeconds() + " s (see " + log + ")"
                    : "it ended with " + process.exitValue() + " before its first frame (see " + log + ")");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void watch(Process process, long start, AtomicLong firstFrame, Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (firstFrame.get() < 0 && FIRST_FRAME.matcher(line).find()) {
                    firstFrame.set(System.nanoTime() - start);
                }
                out.write(line);
                out.newLine();
                out.flush();
            }
        } catch (IOException ignored) {
            // The application ended; its output is in the log as far as it came.
        }
    }
}
