package de.foyer.bench.server;

import de.foyer.protocol.client.DemoDeviceTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server in a JVM of its own, started as {@code ./foyer server} starts it ({@code Main} with
 * its settings in the environment), from the class path of this JVM, which holds the server.
 * Its output goes to a log file; it is stopped with SIGTERM so that it stops its PostgreSQL too.
 */
public final class ChildServer implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildServer(Process process, long startedNanos, int port, Path log, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code de.foyer.server.Main} with the demo office on the given data directory;
     * {@code maxHeap} like "512m", or null for the JVM's default.
     */
    public static ChildServer start(String classPath, Path dataDir, String secret, LocalDateTime clockStart, String maxHeap,
                                    Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (maxHeap != null) {
            command.add("-Xmx" + maxHeap);
        }
        command.addAll(List.of("-cp", classPath, "de.foyer.server.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("FOYER_PORT", Integer.toString(port));
        builder.environment().put("FOYER_DATA_DIR", dataDir.toString());
        builder.environment().put("FOYER_DEMO", "true");
        builder.environment().put("FOYER_DEMO_SECRET", secret);
        builder.environment().put("FOYER_CLOCK_START", clockStart.toString());
        builder.environment().put("FOYER_RATE_LIMIT_PER_MINUTE", "1000000");
        builder.environment().put("FOYER_DEVICE_RATE_LIMIT_PER_MINUTE", "1000000");
        builder.environment().put("FOYER_MAILBOX_RATE_LIMIT_PER_HOUR", "1000000");
        long started = System.nanoTime();
        return new ChildServer(builder.start(), started, port, log, dataDir);
    }

    /** A demo device's token, as the server wrote it into its data directory when it seeded the demo office. */
    public String deviceToken(String device) {
        return DemoDeviceTokens.read(dataDir, device)
                .orElseThrow(() -> new IllegalStateException("The server wrote no token of " + device + " into " + dataDir + "."));
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Polls /health until it answers 200; returns the time from the process start, in nanoseconds. */
    public long awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime() - startedNanos;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server did not answer /health within " + timeout + "; see " + log);
    }

    /** Heap in use after a full collection, in bytes: {@code jcmd GC.run}, then the server's own /metrics. */
    public double heapAfterGc() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run did not succeed on the server");
        }
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return heapUsed(metrics.body());
    }

    /** Sums {@code jvm_memory_used_bytes} over the heap's pools in Prometheus text. */
    static double heapUsed(String prometheusText) {
        return prometheusText.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** SIGTERM, so the server's shutdown stops its PostgreSQL; killed only if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
