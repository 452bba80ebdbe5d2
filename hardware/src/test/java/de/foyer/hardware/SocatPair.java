package de.foyer.hardware;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by socat, like a serial cable between two ports. Stopping
 * socat removes both ends, as pulling a USB serial device does; starting it again with the same
 * link names plugs it back in.
 */
public final class SocatPair implements AutoCloseable {

    private static final Path SOCAT = Path.of("/usr/bin/socat");

    private final Path deviceEnd;
    private final Path testEnd;
    private Process socat;

    public SocatPair(Path folder) {
        this.deviceEnd = folder.resolve("device");
        this.testEnd = folder.resolve("test");
    }

    /** Skips the calling test, saying why, when socat is not installed. */
    public static void assumeSocatInstalled() {
        assumeTrue(Files.isExecutable(SOCAT) || onPath("socat"),
                "socat is not installed (apt-get install socat): serial tests need its pseudo-terminal pairs");
    }

    /** The end the code under test opens, as a symbolic link like /dev/serial/by-id/…. */
    public Path deviceEnd() {
        return deviceEnd;
    }

    /**
     * Opens the end the test reads and writes. Through jSerialComm, which puts the terminal in raw
     * mode: otherwise the line discipline would take byte 0x04 for end-of-file and hold back
     * everything until a newline. Reads return as soon as any byte is there (up to 5 s), so the
     * test drains the line as promptly as a printer would.
     */
    public SerialPort openTestEnd() throws IOException {
        SerialPort port = SerialPort.getCommPort(testEnd.toRealPath().toString());
        port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 5_000, 0);
        if (!port.openPort()) {
            throw new IOException("Cannot open " + testEnd);
        }
        return port;
    }

    public SocatPair start() throws IOException, InterruptedException {
        String socatCommand = Files.isExecutable(SOCAT) ? SOCAT.toString() : "socat";
        socat = new ProcessBuilder(socatCommand, "pty,raw,echo=0,link=" + deviceEnd, "pty,raw,echo=0,link=" + testEnd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(deviceEnd) && Files.exists(testEnd))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                throw new IOException("socat did not create its pseudo-terminals");
            }
            Thread.sleep(20);
        }
        return this;
    }

    /** Ends socat; it removes its links on the way out. */
    public void stop() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
