package de.foyer.hardware.printer.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A printer behind a device file such as /dev/usb/lp0. One-way: it cannot hear the printer's
 * status. Opening and writing both block while the printer is off, so both run under a deadline.
 */
public final class DeviceFileTransport implements PrinterTransport {

    private final Path device;
    private final Timeouts timeouts;

    public DeviceFileTransport(Path device, Timeouts timeouts) {
        this.device = Objects.requireNonNull(device, "device");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    @Override
    public PrinterConnection open() throws IOException {
        AtomicReference<FileChannel> opened = new AtomicReference<>();
        DeadlineWriter writer = new DeadlineWriter("printer-device " + device, () -> closeQuietly(opened.get()));
        try {
            // Without CREATE: when the printer is unplugged the device file is gone, and that must
            // be an error, not a new regular file that swallows tickets.
            FileChannel channel = writer.call(this::openUnlessAbandoned, timeouts.connect(), "did not open");
            opened.set(channel);
            return new DeviceConnection(channel, writer);
        } catch (NoSuchFileException e) {
            writer.close();
            throw new NoSuchFileException(device.toString(), null, "printer device not present");
        } catch (IOException e) {
            writer.close();
            throw e;
        }
    }

    /** An open that finishes after the caller gave up (and interrupted us) must not leak the channel. */
    private FileChannel openUnlessAbandoned() throws IOException {
        FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE);
        if (Thread.currentThread().isInterrupted()) {
            channel.close();
            throw new InterruptedIOException("Opening " + device + " given up");
        }
        return channel;
    }

    @Override
    public String describe() {
        return "device:" + device;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing only serves to unblock a stuck write; the caller already has its error.
            }
        }
    }

    private final class DeviceConnection implements PrinterConnection {
        private final FileChannel channel;
        private final DeadlineWriter writer;

        DeviceConnection(FileChannel channel, DeadlineWriter writer) {
            this.channel = channel;
            this.writer = writer;
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            writer.write(bytes, timeouts.write(), (data, offset, length) -> {
                ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                    if (Thread.interrupted()) {
                        throw new InterruptedIOException("Write to " + device + " given up");
                    }
                }
            });
        }

        @Override
        public OptionalInt requestStatus(int n) {
            return OptionalInt.empty();
        }

        @Override
        public void close() throws IOException {
            writer.close();
            channel.close();
        }
    }
}
