package de.foyer.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server as an operator starts it: `./foyer server` in a process of its own, its output kept. */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;
    public final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.reader = new Thread(this::readOutput, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs the launcher of the checkout this module belongs to. */
    public static ServerProcess launch(Path dataDir, Map<String, String> environment) {
        return launch(List.of(), dataDir, environment, "server");
    }

    /**
     * Runs the launcher with a command of its own (server, backup FILE, …), behind a wrapper if one
     * is given (e.g. unshare, to run it where the data directory is mounted read-only).
     */
    public static ServerProcess launch(List<String> wrapper, Path dataDir, Map<String, String> environment, String... command) {
        int port = freePort();
        Path launcher = launcher();
        List<String> line = new java.util.ArrayList<>(wrapper);
        line.add(launcher.toString());
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(launcher.getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().put("FOYER_PORT", Integer.toString(port));
        builder.environment().put("FOYER_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        try {
            return new ServerProcess(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path launcher() {
        return Path.of(System.getProperty("foyer.launcher", "../foyer")).toAbsolutePath().normalize();
    }

    /**
     * The exit code once the process ended within the time, else empty. Its last lines are read
     * before this returns, so that {@link #output()} holds everything it said.
     */
    public java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            reader.join(Duration.ofSeconds(5).toMillis());
            return java.util.OptionalInt.of(process.exitValue());
        }
        return java.util.OptionalInt.empty();
    }

    /** Waits until a line of the output matches and returns the pattern's first group. */
    public String awaitOutput(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher.groupCount() > 0 ? matcher.group(1) : line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The server ended with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            sleep(100);
        }
        throw new AssertionError("No output matched " + pattern + " within " + timeout + ":\n" + String.join("\n", output));
    }

    /** Gives the process what an operator would pipe into it, then ends its standard input. */
    public void input(String text) {
        try (var in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server without shutdown, as a power cut or kill -9 would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String output() {
        return String.join("\n", output);
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ignored) {
            // The process ended; what it said is kept.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
