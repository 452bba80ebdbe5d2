package de.foyer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fazecast.jSerialComm.SerialPort;
import de.foyer.hardware.SocatPair;
import de.foyer.protocol.retry.Backoff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanner on one end of a socat pseudo-terminal pair; the test "scans" by writing to the other end. */
class SerialBarcodeScannerTest {

    private static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final ScanListener listener = new ScanListener() {
        @Override
        public void scanned(String code) {
            events.add("code " + code);
        }

        @Override
        public void statusChanged(ScannerStatus status) {
            events.add("status " + status);
        }
    };

    @BeforeAll
    static void needsSocat() {
        SocatPair.assumeSocatInstalled();
    }

    @Test
    void readsCodesWholeWhenTheyArriveInPieces(@TempDir Path folder) throws Exception {
        try (SocatPair pair = new SocatPair(folder).start();
             SerialBarcodeScanner scanner = new SerialBarcodeScanner(pair.deviceEnd().toString(), 9600, QUICK)) {
            scanner.start(listener);
            assertThat(next()).isEqualTo("status CONNECTED");
            SerialPort testEnd = pair.openTestEnd();

            // Pauses between the pieces let the scanner's reads return in between.
            send(testEnd, "ABC");
            send(testEnd, "123\r");
            send(testEnd, "\nT-9F");
            send(testEnd, "X2\n");
            send(testEnd, "Q\r\n");

            assertThat(next()).isEqualTo("code ABC123");
            assertThat(next()).isEqualTo("code T-9FX2");
            assertThat(next()).isEqualTo("code Q");
            testEnd.closePort();
        }
    }

    @Test
    void reportsAPulledCableAndReconnectsWhenItIsBack(@TempDir Path folder) throws Exception {
        SocatPair pair = new SocatPair(folder).start();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(pair.deviceEnd().toString(), 9600, QUICK)) {
            scanner.start(listener);
            assertThat(next()).isEqualTo("status CONNECTED");
            SerialPort testEnd = pair.openTestEnd();
            send(testEnd, "HALF");
            testEnd.closePort();

            pair.stop();
            assertThat(next()).isEqualTo("status DISCONNECTED");

            pair.start();
            assertThat(next()).isEqualTo("status CONNECTED");
            testEnd = pair.openTestEnd();
            send(testEnd, "AGAIN\r\n");
            assertThat(next()).as("the half code from before the pull is forgotten").isEqualTo("code AGAIN");
            testEnd.closePort();
        } finally {
            pair.stop();
        }
    }

    @Test
    void aScannerThatIsNotPluggedInAtStartReportsSoAndConnectsLater(@TempDir Path folder) throws Exception {
        SocatPair pair = new SocatPair(folder);
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(pair.deviceEnd().toString(), 9600, QUICK)) {
            scanner.start(listener);
            assertThat(next()).isEqualTo("status DISCONNECTED");

            pair.start();
            assertThat(next()).isEqualTo("status CONNECTED");
        } finally {
            pair.stop();
        }
    }

    private String next() throws InterruptedException {
        String event = events.poll(5, TimeUnit.SECONDS);
        return event == null ? "nothing within 5 s" : event;
    }

    private static void send(SerialPort port, String text) throws InterruptedException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(port.writeBytes(bytes, bytes.length)).isEqualTo(bytes.length);
        Thread.sleep(60);
    }
}
