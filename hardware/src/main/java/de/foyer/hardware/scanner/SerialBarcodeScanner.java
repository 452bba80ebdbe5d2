package de.foyer.hardware.scanner;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import de.foyer.protocol.retry.Backoff;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner on a serial port (USB-CDC such as /dev/ttyACM0, or RS-232). A reader thread delivers
 * codes; when the port goes away it reports DISCONNECTED and keeps trying to reopen it, with
 * backoff, until the cable is back.
 */
public final class SerialBarcodeScanner implements BarcodeScanner {

    private static final Logger LOG = LoggerFactory.getLogger(SerialBarcodeScanner.class);

    /** How often the reader looks up from a quiet port to see whether it should stop. */
    private static final int READ_POLL_MILLIS = 200;

    /** Quick at first, so a cable put back is noticed at once; slower later, so a missing device does not keep a core busy. */
    public static final Backoff REOPEN_BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    private final String path;
    private final int baud;
    private final Backoff backoff;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Thread reader;

    public SerialBarcodeScanner(String path, int baud, Backoff backoff) {
        this.path = Objects.requireNonNull(path, "path");
        this.baud = baud;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    @Override
    public synchronized void start(ScanListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader != null) {
            throw new IllegalStateException("Scanner " + path + " already started");
        }
        reader = new Thread(() -> readUntilClosed(new ReportingListener(listener)), "barcode-scanner " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void readUntilClosed(ReportingListener listener) {
        LineAssembler lines = new LineAssembler();
        int failures = 0;
        while (stop.getCount() > 0) {
            SerialPort port = tryOpen();
            if (port == null) {
                if (listener.status(ScannerStatus.DISCONNECTED)) {
                    LOG.warn("Barcode scanner on {} not available; retrying until it is", path);
                }
                failures++;
                if (sleepUnlessStopped(backoff.delayAfter(failures))) {
                    return;
                }
                continue;
            }
            failures = 0;
            LOG.info("Barcode scanner on {} connected", path);
            listener.status(ScannerStatus.CONNECTED);
            readWhileOpen(port, lines, listener);
            port.closePort();
            lines.reset();
            if (stop.getCount() > 0 && listener.status(ScannerStatus.DISCONNECTED)) {
                LOG.warn("Barcode scanner on {} disconnected; trying to reconnect", path);
            }
        }
    }

    private void readWhileOpen(SerialPort port, LineAssembler lines, ReportingListener listener) {
        byte[] buffer = new byte[256];
        while (stop.getCount() > 0) {
            int read = port.readBytes(buffer, buffer.length);
            if (read < 0) {
                return;
            }
            for (String code : lines.feed(buffer, read)) {
                listener.scanned(code);
            }
        }
    }

    /** Resolves the path afresh each time: after a replug, a symbolic link may point to a new device. */
    private SerialPort tryOpen() {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(Path.of(path).toRealPath().toString());
        } catch (IOException | SerialPortInvalidPortException e) {
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_POLL_MILLIS, 0);
        return port.openPort() ? port : null;
    }

    /** Returns true when the scanner was closed while waiting. */
    private boolean sleepUnlessStopped(Duration delay) {
        try {
            return stop.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        stop.countDown();
        Thread running = reader;
        if (running != null) {
            try {
                running.join(READ_POLL_MILLIS * 5L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Passes on status only when it changes, and keeps a failing listener from killing the reader. */
    private static final class ReportingListener {
        private final ScanListener listener;
        private ScannerStatus last;

        ReportingListener(ScanListener listener) {
            this.listener = listener;
        }

        /** Returns whether this was news. */
        boolean status(ScannerStatus status) {
            if (status == last) {
                return false;
            }
            last = status;
            deliver(() -> listener.statusChanged(status));
            return true;
        }

        void scanned(String code) {
            deliver(() -> listener.scanned(code));
        }

        private void deliver(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.error("Scan listener failed", e);
            }
        }
    }
}
