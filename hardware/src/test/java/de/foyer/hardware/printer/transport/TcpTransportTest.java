package de.foyer.hardware.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TcpTransportTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500));

    @Test
    void bytesArriveByteForByte() throws Exception {
        byte[] payload = new byte[300_000];
        new Random(7).nextBytes(payload);
        try (ServerSocket server = loopbackServer(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(server));

            try (PrinterConnection connection = transportTo(server, 0).open()) {
                connection.write(payload);
            }

            assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(payload);
        }
    }

    @Test
    void aClosedPortFailsAtOnce() throws IOException {
        int closedPort;
        try (ServerSocket probe = loopbackServer(0)) {
            closedPort = probe.getLocalPort();
        }
        TcpTransport transport = new TcpTransport("127.0.0.1", closedPort, SHORT);

        long start = System.nanoTime();
        IOException failure = catchThrowableOfType(IOException.class, transport::open);

        assertThat(failure).isNotNull();
        assertThat(elapsedMillis(start)).isLessThan(2_000);
    }

    /** Small buffers on both ends: otherwise the kernel would swallow megabytes before a write blocks. */
    @Test
    void aPeerThatAcceptsButNeverReadsFailsTheWriteWithinItsTimeout() throws Exception {
        try (ServerSocket server = loopbackServer(4096)) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
            try (PrinterConnection connection = transportTo(server, 4096).open();
                 Socket silentPeer = accepted.get(5, TimeUnit.SECONDS)) {
                long start = System.nanoTime();
                IOException failure = catchThrowableOfType(IOException.class,
                        () -> connection.write(new byte[4_000_000]));

                assertThat(failure).hasMessageContaining("did not take data within 500 ms");
                assertThat(elapsedMillis(start)).isBetween(400L, 2_500L);
                assertThat(silentPeer.isClosed()).isFalse();
            }
        }
    }

    @Test
    void aStatusRequestThatNobodyAnswersTimesOut() throws Exception {
        try (ServerSocket server = loopbackServer(0)) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
            try (PrinterConnection connection = transportTo(server, 0).open();
                 Socket silentPeer = accepted.get(5, TimeUnit.SECONDS)) {
                long start = System.nanoTime();
                IOException failure = catchThrowableOfType(IOException.class, () -> connection.requestStatus(1));

                assertThat(failure).hasMessageContaining("answer the status request");
                assertThat(elapsedMillis(start)).isLessThan(2_500L);
                assertThat(silentPeer.getInputStream().readNBytes(3)).containsExactly(0x10, 0x04, 1);
            }
        }
    }

    @Test
    void readsTheStatusAnswer() throws Exception {
        try (ServerSocket server = loopbackServer(0)) {
            CompletableFuture<Void> printer = CompletableFuture.runAsync(() -> {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().readNBytes(3);
                    socket.getOutputStream().write(0x1A);
                    socket.getInputStream().read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (PrinterConnection connection = transportTo(server, 0).open()) {
                assertThat(connection.requestStatus(1)).hasValue(0x1A);
            }
            printer.get(5, TimeUnit.SECONDS);
        }
    }

    static ServerSocket loopbackServer(int receiveBufferBytes) throws IOException {
        ServerSocket server = new ServerSocket();
        if (receiveBufferBytes > 0) {
            server.setReceiveBufferSize(receiveBufferBytes);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return server;
    }

    private static TcpTransport transportTo(ServerSocket server, int sendBufferBytes) {
        return new TcpTransport(InetAddress.getLoopbackAddress().getHostAddress(), server.getLocalPort(), SHORT,
                sendBufferBytes);
    }

    private static byte[] readAll(ServerSocket server) {
        try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
