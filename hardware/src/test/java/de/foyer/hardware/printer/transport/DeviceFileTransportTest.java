package de.foyer.hardware.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceFileTransportTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));

    @Test
    void writesTheBytesToTheDevice(@TempDir Path folder) throws IOException {
        Path device = Files.createFile(folder.resolve("lp0"));
        byte[] ticket = new byte[5_000];
        java.util.Arrays.fill(ticket, (byte) 'x');

        try (PrinterConnection connection = new DeviceFileTransport(device, SHORT).open()) {
            assertThat(connection.requestStatus(1)).isEmpty();
            connection.write(ticket);
        }

        assertThat(Files.readAllBytes(device)).isEqualTo(ticket);
    }

    @Test
    void anUnpluggedPrinterIsAnErrorNotANewFile(@TempDir Path folder) {
        Path device = folder.resolve("lp0");

        NoSuchFileException failure = catchThrowableOfType(NoSuchFileException.class,
                () -> new DeviceFileTransport(device, SHORT).open());

        assertThat(failure).hasMessageContaining("not present");
        assertThat(device).doesNotExist();
    }

    /** Opening a pipe that nobody reads blocks for ever, like a device whose printer hangs. */
    @Test
    void aDeviceThatBlocksFailsWithinTheTimeout(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("stuck");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(5, TimeUnit.SECONDS)
                && Files.exists(fifo), "mkfifo is not available");
        try {
            long start = System.nanoTime();
            IOException failure = catchThrowableOfType(IOException.class,
                    () -> new DeviceFileTransport(fifo, SHORT).open());

            assertThat(failure).hasMessageContaining("did not open");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500L);
        } finally {
            // Opening the reading end releases the worker thread still waiting in open().
            new FileInputStream(fifo.toFile()).close();
        }
    }
}
