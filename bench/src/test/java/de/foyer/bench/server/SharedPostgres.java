package de.foyer.bench.server;

import de.foyer.server.storage.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** One embedded PostgreSQL for the tests of this JVM; each test takes a database of its own from it. */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static BenchDatabase postgres;

    private SharedPostgres() {
    }

    /** A fresh database with the demo office, named for the test. */
    public static Database database(String purpose) {
        return get().create(purpose + "_" + DATABASES.incrementAndGet());
    }

    private static synchronized BenchDatabase get() {
        if (postgres == null) {
            try {
                Path directory = Files.createTempDirectory("foyer-bench-test");
                postgres = BenchDatabase.start(directory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    postgres.close();
                    delete(directory);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory; the system clears it in the end.
        }
    }
}
