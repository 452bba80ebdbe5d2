package de.foyer.bench.screens;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A clerk's console and a call screen that connect and then never read a byte: a laptop asleep, a hung TV. */
final class StalledStreams implements AutoCloseable {

    private final List<Socket> sockets;

    private StalledStreams(List<Socket> sockets) {
        this.sockets = sockets;
    }

    static StalledStreams open(int port, String clerkToken, String displayToken) throws IOException {
        return new StalledStreams(List.of(connect(port, "/api/v1/events", clerkToken), connect(port, "/api/v1/display/stream", displayToken)));
    }

    private static Socket connect(int port, String path, String token) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
