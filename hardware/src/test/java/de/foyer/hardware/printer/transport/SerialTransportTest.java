package de.foyer.hardware.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fazecast.jSerialComm.SerialPort;
import de.foyer.hardware.SocatPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial printer on one end of a socat pseudo-terminal pair; the test plays the printer on the other. */
class SerialTransportTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500));

    @BeforeAll
    static void needsSocat() {
        SocatPair.assumeSocatInstalled();
    }

    @Test
    void answersStatusAndDeliversBytesWhole(@TempDir Path folder) throws Exception {
        byte[] ticket = new byte[20_000];
        new Random(3).nextBytes(ticket);
        try (SocatPair pair = new SocatPair(folder).start()) {
            SerialPort testEnd = pair.openTestEnd();
            InputStream fromKiosk = testEnd.getInputStream();
            OutputStream toKiosk = testEnd.getOutputStream();
            CompletableFuture<byte[]> printer = CompletableFuture.supplyAsync(() -> {
                try {
                    byte[] request = fromKiosk.readNBytes(3);
                    toKiosk.write(0x1A);
                    toKiosk.flush();
                    byte[] received = fromKiosk.readNBytes(ticket.length);
                    return concat(request, received);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            try (PrinterConnection connection = new SerialTransport(pair.deviceEnd().toString(), 115200, SHORT).open()) {
                assertThat(connection.requestStatus(1)).hasValue(0x1A);
                connection.write(ticket);
            }

            byte[] received = printer.get(10, TimeUnit.SECONDS);
            assertThat(received).startsWith(0x10, 0x04, 1);
            assertThat(java.util.Arrays.copyOfRange(received, 3, received.length)).isEqualTo(ticket);
            testEnd.closePort();
        }
    }

    @Test
    void aPrinterThatDoesNotAnswerTimesOut(@TempDir Path folder) throws Exception {
        try (SocatPair pair = new SocatPair(folder).start();
             PrinterConnection connection = new SerialTransport(pair.deviceEnd().toString(), 9600, SHORT).open()) {
            long start = System.nanoTime();
            IOException failure = catchThrowableOfType(IOException.class, () -> connection.requestStatus(1));

            assertThat(failure).hasMessageContaining("did not answer");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500L);
        }
    }

    @Test
    void aMissingPortCannotBeOpened(@TempDir Path folder) {
        SerialTransport transport = new SerialTransport(folder.resolve("ttyUSB9").toString(), 9600, SHORT);

        assertThat(catchThrowableOfType(IOException.class, transport::open)).isNotNull();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
