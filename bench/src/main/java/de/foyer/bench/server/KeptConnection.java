package de.foyer.bench.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One browser's connection, kept alive as a browser keeps it: a POST of JSON and its answer, over
 * a plain socket. The rush's thousand citizens and the clerks pressing "next" send through these
 * rather than the JDK's HttpClient, whose selector and executor threads took as much CPU as the
 * server's request threads on the same two cores; the figures are about the server, so the load
 * should cost little.
 */
public final class KeptConnection implements AutoCloseable {

    /** An answer: its status and its body as text. */
    public record Answer(int status, String body) {
    }

    private final URI base;
    private final String clientAddress;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * {@code clientAddress}: the citizen's own, passed on as the town's reverse proxy passes it on;
     * null for a connection that comes as it is (a clerk's in the office).
     */
    public KeptConnection(URI base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** Connects now (the page is open before 8:00), so that the click measures the request and not the handshake. */
    public void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 30_000);
        socket.setSoTimeout(120_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = socket.getOutputStream();
    }

    /**
     * Sends the POST and reads its answer. A connection the server closed while it lay idle fails
     * before the answer's first byte; then the request goes once more on a new connection.
     */
    public Answer postJson(String path, String json) throws IOException {
        return post(path, json, null);
    }

    /** The same, with a body only if {@code json} is not null and the session's {@code bearer} token if it is not null. */
    public Answer post(String path, String json, String bearer) throws IOException {
        try {
            return send(path, json, bearer);
        } catch (ClosedWhileIdle e) {
            close();
            return send(path, json, bearer);
        }
    }

    private Answer send(String path, String json, String bearer) throws IOException {
        if (socket == null) {
            open();
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + (clientAddress == null ? "" : "\r\nX-Forwarded-For: " + clientAddress)
                + (bearer == null ? "" : "\r\nAuthorization: Bearer " + bearer)
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        try {
            out.write(request);
            out.flush();
        } catch (IOException e) {
            throw new ClosedWhileIdle(e);
        }
        return readAnswer();
    }

    /** The server had closed the connection before it read the request. */
    private static final class ClosedWhileIdle extends IOException {
        ClosedWhileIdle(Throwable cause) {
            super("the server had closed the idle connection", cause);
        }
    }

    private Answer readAnswer() throws IOException {
        String statusLine;
        try {
            statusLine = line();
        } catch (IOException e) {
            throw new ClosedWhileIdle(e);
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (status == 204 || status == 304) {
            // No body, whatever the headers say.
        } else if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers, none expected
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        } else {
            body.write(in.readAllBytes());
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the server closed the connection mid-answer");
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
