package de.foyer.bench;

import de.foyer.bench.server.BenchDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the figures of one run share: its size, a scratch directory, the embedded PostgreSQL
 * (started on first use, with production durability) and where to say what is going on.
 */
public final class BenchRun implements AutoCloseable {

    private final Mode mode;
    private final Path workDir;
    private final Path out;
    private final PrintStream progress;
    private BenchDatabase database;

    public BenchRun(Mode mode, Path workDir, Path out, PrintStream progress) {
        this.mode = mode;
        this.workDir = workDir;
        this.out = out;
        this.progress = progress;
    }

    public Mode mode() {
        return mode;
    }

    /** The shared PostgreSQL; each figure takes a database of its own from it. */
    public synchronized BenchDatabase database() throws IOException {
        if (database == null) {
            progress("starting the embedded PostgreSQL (durable settings, as in production)");
            database = BenchDatabase.start(workDir.resolve("postgres"));
        }
        return database;
    }

    /** A fresh directory under the run's scratch directory. */
    public Path scratch(String name) throws IOException {
        return Files.createDirectories(workDir.resolve(name));
    }

    /** A log file kept after the run, beside the bench's own log: e.g. a child server's output. */
    public Path logFile(String name) {
        return workDir.getParent().resolve(workDir.getFileName() + "-" + name + ".log");
    }

    /** A file written next to the JSON result, e.g. {@code foyer-bench.svg} for suffix ".svg". */
    public Path besideResult(String suffix) {
        String name = out.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path parent = out.toAbsolutePath().getParent();
        return parent.resolve(base + suffix);
    }

    /** The class path of this JVM: it holds the server, so a child JVM can start one from it. */
    public String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    public void progress(String format, Object... args) {
        progress.printf("  · " + format + "%n", args);
        progress.flush();
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
        deleteRecursively(workDir);
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
