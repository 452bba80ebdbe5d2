package de.foyer.server.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data directory. The lock is the operating system's (fcntl) on a file in the
 * directory: it is held as long as the owning process lives and vanishes with it, whether that
 * process stopped, was killed with -9 or lost its power. So a lock that can be taken means the
 * owner is really gone, and only then may a start touch the PostgreSQL it left behind.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "foyer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory, or says in one sentence why not. */
    public static DataDirectoryLock acquire(Path dataDir) throws StartupException {
        Path directory = dataDir.toAbsolutePath().normalize();
        FileChannel channel;
        try {
            OwnerOnlyFiles.createDirectories(directory);
            channel = FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StartupException.of(directory, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String owner = readOwner(channel);
            close(channel);
            throw new StartupException("The data directory " + directory + " is in use by another Foyer server"
                    + (owner.isEmpty() ? "" : " (process " + owner + ")")
                    + "; stop that one first or choose another FOYER_DATA_DIR.");
        }
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
        } catch (IOException e) {
            close(channel);
            throw StartupException.of(directory, e);
        }
        return new DataDirectoryLock(channel, lock);
    }

    /** Whether a running server holds the directory now; the lock is not kept. */
    public static boolean isHeld(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return true;
        }
    }

    private static String readOwner(FileChannel channel) {
        try {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was taken.
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
