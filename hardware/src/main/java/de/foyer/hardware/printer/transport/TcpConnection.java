package de.foyer.hardware.printer.transport;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * A non-blocking socket driven by a selector. A blocking socket's write cannot time out, so a
 * printer that accepts the connection but never reads would hang the kiosk; here every wait
 * (connect, write, status answer) ends at a deadline.
 */
final class TcpConnection implements PrinterConnection {

    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;

    private final SocketChannel channel;
    private final Selector selector;
    private final SelectionKey key;
    private final Timeouts timeouts;

    private TcpConnection(SocketChannel channel, Selector selector, Timeouts timeouts) throws IOException {
        this.channel = channel;
        this.selector = selector;
        this.timeouts = timeouts;
        this.key = channel.register(selector, 0);
    }

    static TcpConnection open(InetSocketAddress address, Timeouts timeouts, int sendBufferBytes) throws IOException {
        SocketChannel channel = SocketChannel.open();
        Selector selector = null;
        try {
            if (sendBufferBytes > 0) {
                channel.setOption(StandardSocketOptions.SO_SNDBUF, sendBufferBytes);
            }
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            selector = Selector.open();
            TcpConnection connection = new TcpConnection(channel, selector, timeouts);
            if (!channel.connect(address)) {
                connection.await(SelectionKey.OP_CONNECT, timeouts.connect(), "connect");
                channel.finishConnect();
            }
            return connection;
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                await(SelectionKey.OP_WRITE, timeouts.write(), "take data");
            }
        }
    }

    @Override
    public OptionalInt requestStatus(int n) throws IOException {
        write(new byte[] {DLE, EOT, (byte) n});
        ByteBuffer answer = ByteBuffer.allocate(1);
        while (answer.hasRemaining()) {
            int read = channel.read(answer);
            if (read < 0) {
                throw new EOFException("Printer closed the connection instead of answering");
            }
            if (read == 0) {
                await(SelectionKey.OP_READ, timeouts.status(), "answer the status request");
            }
        }
        return OptionalInt.of(answer.get(0) & 0xFF);
    }

    /** Waits until the channel is ready for {@code operation}; the selector may wake early, so loop to the deadline. */
    private void await(int operation, Duration timeout, String what) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        key.interestOps(operation);
        try {
            while (true) {
                long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMillis <= 0) {
                    throw new SocketTimeoutException("Printer did not " + what + " within " + timeout.toMillis() + " ms");
                }
                selector.select(leftMillis);
                boolean ready = selector.selectedKeys().remove(key) && (key.readyOps() & operation) != 0;
                if (ready) {
                    return;
                }
            }
        } finally {
            key.interestOps(0);
        }
    }

    /**
     * Reads away anything the printer sent unasked first: closing a socket with unread input makes
     * the kernel reset the connection, and a printer may then drop the end of the ticket.
     */
    @Override
    public void close() throws IOException {
        try {
            ByteBuffer unread = ByteBuffer.allocate(256);
            while (channel.isOpen() && channel.read(unread) > 0) {
                unread.clear();
            }
        } catch (IOException ignored) {
            // The connection is going away anyway.
        }
        try {
            channel.close();
        } finally {
            selector.close();
        }
    }
}
