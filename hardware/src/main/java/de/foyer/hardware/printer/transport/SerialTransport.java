package de.foyer.hardware.printer.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A printer on a serial line (RS-232 or USB-serial), 8 data bits, no parity, one stop bit. */
public final class SerialTransport implements PrinterTransport {

    private final String path;
    private final int baud;
    private final Timeouts timeouts;

    public SerialTransport(String path, int baud, Timeouts timeouts) {
        this.path = Objects.requireNonNull(path, "path");
        this.baud = baud;
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    @Override
    public PrinterConnection open() throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(realPath(path));
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("No serial port " + path, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, (int) timeouts.status().toMillis(), 0);
        if (!port.openPort()) {
            throw new IOException("Cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialConnection(port, path, baud, timeouts);
    }

    /** jSerialComm does not follow symbolic links such as udev's /dev/serial/by-id names or socat's links. */
    static String realPath(String path) {
        Path file = Path.of(path);
        try {
            return Files.exists(file) ? file.toRealPath().toString() : path;
        } catch (IOException e) {
            return path;
        }
    }

    @Override
    public String describe() {
        return "serial:" + path + "?baud=" + baud;
    }
}
