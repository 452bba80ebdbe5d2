package de.foyer.hardware.printer.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps each ticket as a file of ESC/POS bytes in a folder: for a kiosk without a printer, for a
 * print spooler that watches the folder, and to look at what would have been printed.
 */
public final class FolderTransport implements PrinterTransport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();

    public FolderTransport(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    public FolderTransport(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PrinterConnection open() throws IOException {
        Files.createDirectories(folder);
        return new PrinterConnection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                writeFile(bytes);
            }

            @Override
            public OptionalInt requestStatus(int n) {
                return OptionalInt.empty();
            }

            @Override
            public void close() {
                // Each write is a finished file already.
            }
        };
    }

    /** Written under a temporary name, then renamed, so a folder watcher never sees half a ticket. */
    private void writeFile(byte[] bytes) throws IOException {
        String name = "ticket-" + FILE_TIME.format(LocalDateTime.now(clock)) + "-" + written.incrementAndGet();
        Path partial = folder.resolve(name + ".part");
        Files.write(partial, bytes);
        Files.move(partial, folder.resolve(name + ".escpos"), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String describe() {
        return "folder:" + folder;
    }
}
