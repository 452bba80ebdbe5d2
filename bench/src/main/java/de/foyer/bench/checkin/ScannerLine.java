package de.foyer.bench.checkin;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A serial line between a pretend scanner and the kiosk's scanner driver: a pair of
 * pseudo-terminals joined by socat. Whatever is written to {@link #send} arrives at
 * {@link #devicePath()} as a USB scanner's bytes would.
 */
final class ScannerLine implements AutoCloseable {

    private final Process socat;
    private final Path device;
    private final OutputStream scanner;

    private ScannerLine(Process socat, Path device, OutputStream scanner) {
        this.socat = socat;
        this.device = device;
        this.scanner = scanner;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/socat")) || Files.isExecutable(Path.of("/usr/local/bin/socat"));
    }

    static ScannerLine open(Path directory) throws IOException, InterruptedException {
        Path device = directory.resolve("scanner");
        Path end = directory.resolve("scanner-end");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + end)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(device) && Files.exists(end))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                socat.destroy();
                throw new IOException("socat did not set up the pseudo-terminals");
            }
            Thread.sleep(20);
        }
        return new ScannerLine(socat, device, new FileOutputStream(end.toRealPath().toFile()));
    }

    Path devicePath() {
        return device;
    }

    /** Sends a code with the CR a scanner ends it with; returns once the last byte is written. */
    void send(String code) throws IOException {
        scanner.write((code + "\r").getBytes(StandardCharsets.UTF_8));
        scanner.flush();
    }

    @Override
    public void close() throws IOException {
        scanner.close();
        socat.destroy();
    }
}
