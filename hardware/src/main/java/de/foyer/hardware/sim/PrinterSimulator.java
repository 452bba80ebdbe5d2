package de.foyer.hardware.sim;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens like a network printer's raw port, reads the tickets sent to it and answers status
 * requests. Out of paper it reports so and, like a real printer, prints nothing it is sent.
 */
public final class PrinterSimulator implements Closeable {

    /** Receives each ticket the simulator printed, on the thread of its connection. */
    public interface TicketListener {
        void received(ReceivedTicket ticket) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PrinterSimulator.class);

    /** A sender that went quiet for this long is gone; its connection is dropped. */
    private static final int IDLE_MILLIS = 60_000;
    private static final int STATUS_READY = 0x12;
    private static final int OFFLINE = 0x08;
    private static final int STOPPED_BY_PAPER_END = 0x20;
    private static final int PAPER_END = 0x60;

    private final InetAddress bindAddress;
    private final int port;
    private final TicketListener listener;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger discarded = new AtomicInteger();
    private volatile boolean paperOut;
    private volatile ServerSocket server;

    /** {@code bindAddress} null listens on all interfaces; {@code port} 0 takes any free port. */
    public PrinterSimulator(InetAddress bindAddress, int port, boolean paperOut, TicketListener listener) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.paperOut = paperOut;
        this.listener = listener;
    }

    /** Starts listening and returns the port it listens on. */
    public synchronized int start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("Simulator already started");
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(bindAddress, port));
        server = socket;
        Thread acceptor = new Thread(this::acceptUntilClosed, "printer-sim accept");
        acceptor.start();
        return socket.getLocalPort();
    }

    public void setPaperOut(boolean paperOut) {
        this.paperOut = paperOut;
    }

    /** Tickets that arrived while out of paper and were therefore not printed. */
    public int discardedTickets() {
        return discarded.get();
    }

    private void acceptUntilClosed() {
        ServerSocket socket = server;
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread handler = new Thread(() -> serve(client), "printer-sim " + client.getRemoteSocketAddress());
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("Accepting a connection failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            EscPosReader reader = new EscPosReader(in, n -> {
                out.write(statusAnswer(n));
                out.flush();
            });
            for (Optional<ReceivedTicket> ticket = reader.next(); ticket.isPresent(); ticket = reader.next()) {
                if (paperOut) {
                    discarded.incrementAndGet();
                    LOG.warn("Out of paper: ticket {} not printed", ticket.get().number());
                } else {
                    listener.received(ticket.get());
                }
            }
        } catch (SocketException e) {
            LOG.debug("Connection ended: {}", e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Connection from {} failed: {}", client.getRemoteSocketAddress(), e.toString());
        } finally {
            clients.remove(client);
        }
    }

    /** Answers as an Epson-compatible printer: an empty roll sets paper end and puts it offline. */
    private int statusAnswer(int n) {
        if (!paperOut) {
            return STATUS_READY;
        }
        switch (n) {
            case 1:
                return STATUS_READY | OFFLINE;
            case 2:
                return STATUS_READY | STOPPED_BY_PAPER_END;
            case 4:
                return STATUS_READY | PAPER_END;
            default:
                return STATUS_READY;
        }
    }

    @Override
    public void close() throws IOException {
        ServerSocket socket = server;
        if (socket != null) {
            socket.close();
        }
        for (Socket client : clients) {
            client.close();
        }
    }
}
