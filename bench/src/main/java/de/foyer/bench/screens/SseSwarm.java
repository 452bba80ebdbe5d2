package de.foyer.bench.screens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many display streams held by one thread: each a non-blocking socket that sends the GET with its
 * device token itself and reads the raw event stream. A thousand screens cost a thousand sockets,
 * not a thousand threads, so the client does not crowd out the server it measures. Connections
 * are opened a few at a time, as screens switching on would, not as one burst at the listen queue.
 */
public final class SseSwarm implements AutoCloseable {

    /** Hears every event of every stream on the swarm's thread, with the time it was read: it must not block. */
    public interface Listener {
        void onEvent(int stream, String name, String data, long nanoTime);
    }

    private final InetSocketAddress address;
    private final String path;
    private final Listener listener;
    private final int maxConnecting;
    private final Selector selector;
    private final Thread thread;
    private final Queue<String> toOpen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private volatile boolean running = true;
    private volatile String lastProblem = "";
    private int connecting;
    private int nextId;

    public SseSwarm(String host, int port, String path, Listener listener, int maxConnecting) throws IOException {
        this.address = new InetSocketAddress(host, port);
        this.path = path;
        this.listener = listener;
        this.maxConnecting = maxConnecting;
        this.selector = Selector.open();
        this.thread = new Thread(this::loop, "sse-swarm");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Opens one stream per token (a token may repeat: one device, many streams). */
    public void open(List<String> tokens) {
        toOpen.addAll(tokens);
        selector.wakeup();
    }

    /** Waits until this many streams have had their first event; false if the time ran out or streams were refused. */
    public boolean awaitReady(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready.get() < count) {
            if (System.nanoTime() > deadline || ready.get() + refused.get() + dropped.get() >= count && refused.get() > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Streams that have received their first event. */
    public int ready() {
        return ready.get();
    }

    /** Streams that ended after they had been ready. */
    public int dropped() {
        return dropped.get();
    }

    /** Streams that never got going: connection refused, an HTTP error, or closed before the first event. */
    public int refused() {
        return refused.get();
    }

    public String lastProblem() {
        return lastProblem;
    }

    private void loop() {
        try {
            while (running) {
                startConnections();
                selector.select(50);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    DisplayStream stream = (DisplayStream) key.attachment();
                    try {
                        handle(key, stream);
                    } catch (IOException | RuntimeException e) {
                        end(key, stream, e.toString());
                    }
                }
            }
        } catch (IOException e) {
            lastProblem = e.toString();
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // Closing at the end of a run: nothing left to save.
            }
        }
    }

    private void startConnections() throws IOException {
        String token;
        while (connecting < maxConnecting && (token = toOpen.poll()) != null) {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                    + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\nAuthorization: Bearer " + token + "\r\n\r\n";
            DisplayStream stream = new DisplayStream(nextId++, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)),
                    listener, this::firstEvent);
            connecting++;
            boolean connected = channel.connect(address);
            channel.register(selector, connected ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, stream);
        }
    }

    private void handle(SelectionKey key, DisplayStream stream) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        if (key.isConnectable() && channel.finishConnect()) {
            key.interestOps(SelectionKey.OP_WRITE);
        }
        if (key.isValid() && key.isWritable()) {
            channel.write(stream.request());
            if (!stream.request().hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }
        if (key.isValid() && key.isReadable()) {
            readBuffer.clear();
            int read = channel.read(readBuffer);
            if (read < 0) {
                end(key, stream, "the server closed the stream");
                return;
            }
            readBuffer.flip();
            stream.readAt(System.nanoTime());
            stream.parser().feed(readBuffer);
            if (stream.refusedWith() != 0) {
                end(key, stream, "the server answered HTTP " + stream.refusedWith());
            } else if (stream.parser().isDone()) {
                end(key, stream, "the server ended the stream");
            }
        }
    }

    private void end(SelectionKey key, DisplayStream stream, String problem) {
        lastProblem = problem;
        if (stream.isReady()) {
            dropped.incrementAndGet();
        } else {
            connecting--;
            refused.incrementAndGet();
        }
        closeQuietly(key);
    }

    private void firstEvent() {
        connecting--;
        ready.incrementAndGet();
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // The stream is over either way.
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
