package de.foyer.hardware.printer.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.OptionalInt;

/** An open serial port. jSerialComm's write timeouts work on Windows only, so writes run under a deadline. */
final class SerialConnection implements PrinterConnection {

    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;
    private static final long DRAIN_POLL_MILLIS = 10;
    private static final long MIN_LINGER_MILLIS = 50;
    private static final int UART_BUFFER_BYTES = 128;
    private static final int BITS_PER_BYTE = 10;

    private final SerialPort port;
    private final String path;
    private final int baud;
    private final Timeouts timeouts;
    private final DeadlineWriter writer;

    SerialConnection(SerialPort port, String path, int baud, Timeouts timeouts) {
        this.port = port;
        this.path = path;
        this.baud = baud;
        this.timeouts = timeouts;
        this.writer = new DeadlineWriter("printer-serial " + path, port::closePort);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        writer.write(bytes, timeouts.write(), (data, offset, length) -> {
            int written = 0;
            while (written < length) {
                int count = port.writeBytes(data, length - written, offset + written);
                if (count < 0) {
                    throw new IOException("Serial port " + path + " went away");
                }
                written += count;
            }
        });
        awaitDrained();
    }

    /**
     * A write returns once the bytes are in the driver's queue, and jSerialComm's close flushes
     * (discards) whatever is not yet on the wire: the end of the ticket, cut included. So wait
     * until the queue is empty, for as long as it keeps shrinking, and then for the UART's own
     * buffer to go out at the line's speed.
     */
    private void awaitDrained() throws IOException {
        long patienceNanos = timeouts.write().toNanos();
        int queued = port.bytesAwaitingWrite();
        long lastProgress = System.nanoTime();
        while (queued > 0) {
            if (System.nanoTime() - lastProgress > patienceNanos) {
                throw new InterruptedIOException("Printer on " + path + " took no data for "
                        + timeouts.write().toMillis() + " ms");
            }
            sleep(DRAIN_POLL_MILLIS);
            int nowQueued = port.bytesAwaitingWrite();
            if (nowQueued < queued) {
                lastProgress = System.nanoTime();
            }
            queued = nowQueued;
        }
        sleep(Math.max(MIN_LINGER_MILLIS, UART_BUFFER_BYTES * BITS_PER_BYTE * 1000L / baud));
    }

    private static void sleep(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the printer was taking data");
        }
    }

    @Override
    public OptionalInt requestStatus(int n) throws IOException {
        write(new byte[] {DLE, EOT, (byte) n});
        byte[] answer = new byte[1];
        int read = port.readBytes(answer, 1);
        if (read < 0) {
            throw new IOException("Serial port " + path + " went away");
        }
        if (read == 0) {
            throw new SocketTimeoutException("Printer on " + path + " did not answer the status request within "
                    + timeouts.status().toMillis() + " ms");
        }
        return OptionalInt.of(answer[0] & 0xFF);
    }

    @Override
    public void close() {
        writer.close();
        port.closePort();
    }
}
