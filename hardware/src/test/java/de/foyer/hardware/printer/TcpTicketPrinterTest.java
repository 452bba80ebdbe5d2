package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.foyer.hardware.TestTickets;
import de.foyer.hardware.printer.transport.TcpTransport;
import de.foyer.hardware.printer.transport.Timeouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A ticket printer over a real socket to a test printer that answers status like an Epson printer. */
class TcpTicketPrinterTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500));
    private static final byte[] STATUS_REQUESTS = {0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4};
    private final TicketRenderer renderer = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE);

    @Test
    void theTicketArrivesByteForByteAfterTheStatusCheck() throws Exception {
        try (ServerSocket server = loopbackServer(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept()) {
                    answerStatusRequests(socket);
                    ByteArrayOutputStream rest = new ByteArrayOutputStream();
                    socket.getInputStream().transferTo(rest);
                    return rest.toByteArray();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            PrinterStatus status = printerFor(server, 0).print(TestTickets.sample(), Locale.GERMAN);

            assertThat(status).isEqualTo(PrinterStatus.OK);
            assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(renderer.render(TestTickets.sample(), Locale.GERMAN));
        }
    }

    @Test
    void aClosedPortFailsInUnderTwoSeconds() throws IOException {
        int closedPort;
        try (ServerSocket probe = loopbackServer(0)) {
            closedPort = probe.getLocalPort();
        }
        EscPosTicketPrinter printer = new EscPosTicketPrinter(renderer, new TcpTransport("127.0.0.1", closedPort, SHORT));

        long start = System.nanoTime();
        PrinterException failure = catchThrowableOfType(PrinterException.class,
                () -> printer.print(TestTickets.sample(), Locale.GERMAN));

        assertThat(failure.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(elapsedMillis(start)).isLessThan(2_000);
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aPrinterThatAcceptsButNeverReadsFailsWithinBoundedTime() throws Exception {
        try (ServerSocket server = loopbackServer(0)) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));

            long start = System.nanoTime();
            PrinterException failure = catchThrowableOfType(PrinterException.class,
                    () -> printerFor(server, 0).print(TestTickets.sample(), Locale.GERMAN));

            assertThat(failure.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(elapsedMillis(start)).isLessThan(5 * 500L);
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    /** Answers the status check, then stops reading: only the write timeout can end the print. */
    @Test
    void aPrinterThatStopsReadingMidTicketFailsWithinTheWriteTimeout() throws Exception {
        byte[] huge = renderer.render(TestTickets.huge(), Locale.GERMAN);
        assertThat(huge.length).as("far more than small socket buffers hold").isGreaterThan(200_000);
        try (ServerSocket server = loopbackServer(4096)) {
            CompletableFuture<Socket> stuck = CompletableFuture.supplyAsync(() -> {
                Socket socket = accept(server);
                answerStatusRequests(socket);
                return socket;
            });

            long start = System.nanoTime();
            PrinterException failure = catchThrowableOfType(PrinterException.class,
                    () -> printerFor(server, 4096).print(TestTickets.huge(), Locale.GERMAN));

            assertThat(failure.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(failure).hasMessageContaining("did not take data within 500 ms");
            assertThat(elapsedMillis(start)).isLessThan(5 * 500L);
            stuck.get(5, TimeUnit.SECONDS).close();
        }
    }

    private EscPosTicketPrinter printerFor(ServerSocket server, int sendBufferBytes) {
        return new EscPosTicketPrinter(renderer, new TcpTransport(InetAddress.getLoopbackAddress().getHostAddress(),
                server.getLocalPort(), SHORT, sendBufferBytes));
    }

    private static void answerStatusRequests(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                byte[] request = in.readNBytes(3);
                assertThat(request).containsExactly(STATUS_REQUESTS[3 * i], STATUS_REQUESTS[3 * i + 1], STATUS_REQUESTS[3 * i + 2]);
                socket.getOutputStream().write(0x12);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServerSocket loopbackServer(int receiveBufferBytes) throws IOException {
        ServerSocket server = new ServerSocket();
        if (receiveBufferBytes > 0) {
            server.setReceiveBufferSize(receiveBufferBytes);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return server;
    }

    private static Socket accept(ServerSocket server) {
        try {
            return server.accept();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
