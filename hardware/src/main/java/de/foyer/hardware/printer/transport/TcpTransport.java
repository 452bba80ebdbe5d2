package de.foyer.hardware.printer.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A network printer's raw port (usually 9100). Our own socket rather than escpos-coffee's
 * TcpIpOutputStream, which swallows connection errors: a print to a printer that is off must fail.
 */
public final class TcpTransport implements PrinterTransport {

    private final String host;
    private final int port;
    private final Timeouts timeouts;
    private final int sendBufferBytes;

    public TcpTransport(String host, int port, Timeouts timeouts) {
        this(host, port, timeouts, 0);
    }

    /** {@code sendBufferBytes} above zero shrinks the socket's send buffer (tests); zero keeps the system's. */
    public TcpTransport(String host, int port, Timeouts timeouts, int sendBufferBytes) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.sendBufferBytes = sendBufferBytes;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1–65535: " + port);
        }
    }

    @Override
    public PrinterConnection open() throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("Unknown printer host " + host);
        }
        return TcpConnection.open(address, timeouts, sendBufferBytes);
    }

    @Override
    public String describe() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
