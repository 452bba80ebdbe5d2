package de.foyer.hardware.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Keeps each received ticket as a .txt and a .png with the same name in one folder. */
public final class TicketFiles {

    /** The two files of one ticket. */
    public record Written(Path text, Path picture) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;
    private final AtomicInteger count = new AtomicInteger();

    public TicketFiles(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Written write(ReceivedTicket ticket) throws IOException {
        Files.createDirectories(folder);
        String name = String.format("%s-%03d-%s", TIME.format(LocalDateTime.now(clock)), count.incrementAndGet(),
                ticket.number().replaceAll("[^A-Za-z0-9-]", "_"));
        Path text = folder.resolve(name + ".txt");
        Path picture = folder.resolve(name + ".png");
        Files.writeString(text, ticket.text(), StandardCharsets.UTF_8);
        if (!ImageIO.write(TicketPicture.draw(ticket), "png", picture.toFile())) {
            throw new IOException("No PNG writer available");
        }
        return new Written(text, picture);
    }
}
