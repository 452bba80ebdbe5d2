package de.foyer.hardware.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTransportTest {

    @Test
    void keepsEachWriteAsItsOwnFile(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("tickets");
        Clock clock = Clock.fixed(Instant.parse("2025-11-24T09:41:00Z"), ZoneOffset.UTC);
        FolderTransport transport = new FolderTransport(folder, clock);

        try (PrinterConnection connection = transport.open()) {
            connection.write(new byte[] {1, 2, 3});
        }
        try (PrinterConnection connection = transport.open()) {
            connection.write(new byte[] {4, 5});
        }

        try (Stream<Path> files = Files.list(folder)) {
            List<Path> tickets = files.sorted().collect(Collectors.toList());
            assertThat(tickets).extracting(path -> path.getFileName().toString())
                    .containsExactly("ticket-20251124-094100-000-1.escpos", "ticket-20251124-094100-000-2.escpos");
            assertThat(Files.readAllBytes(tickets.get(0))).containsExactly(1, 2, 3);
            assertThat(Files.readAllBytes(tickets.get(1))).containsExactly(4, 5);
        }
    }
}
