package de.foyer.server.booking;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the erasure job the erased name is in no file of PostgreSQL's data directory, WAL included.
 * The test JVM's cluster also holds a database for every test before this one (gigabytes late in a
 * run); their folders under base/ are left out, as no request of this test reaches them.
 */
@ExtendWith(Fixtures.class)
class ErasureLeavesNoTraceTest {

    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
    }

    @Test
    void theErasedNameIsFoundInNoFileAfterTheJob() {
        server.rules("erase_after_days = 14");
        String name = "Quirinius" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> body = BookingTestServer.booking("anmeldung", LocalDateTime.of(2026, 11, 24, 10, 30), "q@example.de");
        body.put("name", name + " Mustermann");
        assertThat(server.book(body).status()).isEqualTo(201);
        Path directory = TestDatabase.cluster().directory();
        String own = server.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT oid::text FROM pg_database WHERE datname = current_database()").mapTo(String.class).one());

        server.jdbi().useHandle(handle -> handle.execute("CHECKPOINT"));
        assertThat(filesHolding(directory, own, name)).as("the name reached the files before the erasure").isNotEmpty();

        server.clock.set(LocalDateTime.of(2026, 12, 8, 10, 31));
        server.runJobs();
        assertThat(filesHolding(directory, own, name)).as("files that still hold the erased name").isEmpty();
    }

    /** Every file of the cluster but those of the other databases (base/OID for another OID). */
    private static List<Path> filesHolding(Path directory, String ownDatabase, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        Path databases = directory.resolve("base");
        List<Path> holding = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    boolean otherDatabase = databases.equals(folder.getParent()) && !folder.getFileName().toString().equals(ownDatabase);
                    return otherDatabase ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && holds(file, needle)) {
                        holding.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed by PostgreSQL while we looked
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holding;
    }

    private static boolean holds(Path file, byte[] needle) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return false; // removed by PostgreSQL while we looked
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
