package de.foyer.server;

import de.foyer.server.booking.SecretFile;
import de.foyer.server.storage.Backups;
import de.foyer.server.storage.DataDirectoryLock;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.storage.OwnerOnlyFiles;
import de.foyer.server.storage.StartupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/** The launcher's maintenance commands beside `server`: ./foyer rotate-secret | backup FILE | restore FILE (read by {@link Main}). */
final class Commands {

    private Commands() {
    }

    static int rotateSecret(Config config) throws CommandException {
        if (config.booking().checkinSecret().isPresent()) {
            throw new CommandException("the secret comes from FOYER_CHECKIN_SECRET; rotate it there, or use a key file instead.");
        }
        Path file = config.secretPath();
        if (!Files.exists(file)) {
            throw new CommandException(file + " does not exist yet; it is created at the server's first start.");
        }
        try {
            SecretFile.rotate(file, Instant.now(), config.secretGrace());
        } catch (IOException e) {
            throw new CommandException("cannot rotate " + file + ": " + e.getMessage());
        }
        System.out.println("New signing secret in " + file + ". Codes signed with the previous one stay valid for "
                + config.secretGrace() + ". Restart the server (every instance) to use it.");
        return 0;
    }

    /** A backup beside the running server (through its PostgreSQL), or of a stopped installation (starting PostgreSQL for it). */
    static int backup(Config config, Path file) throws CommandException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Map<String, Long> counts;
        try (OutputStream out = OwnerOnlyFiles.create(partial)) {
            if (config.databaseUrl().isPresent()) {
                try (Connection connection = DriverManager.getConnection(config.databaseUrl().get(),
                        config.databaseUser().orElse(null), config.databasePassword().orElse(null))) {
                    counts = Backups.write(connection, out);
                }
            } else if (DataDirectoryLock.isHeld(config.dataDir())) {
                try (Connection connection = EmbeddedDatabase.ofRunningServer(config.dataDir()).getConnection()) {
                    counts = Backups.write(connection, out);
                }
            } else {
                try (DataDirectoryLock lock = DataDirectoryLock.acquire(config.dataDir());
                     EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir(), true);
                     Connection connection = embedded.appDataSource(EmbeddedDatabase.APP_DATABASE).getConnection()) {
                    counts = Backups.write(connection, out);
                }
            }
        } catch (IOException | SQLException | StartupException | RuntimeException e) {
            deleteQuietly(partial);
            throw new CommandException("the backup could not be written: " + StartupException.reason(e) + ".");
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandException("the backup could not be moved to " + target + ": " + e.getMessage());
        }
        System.out.println("Backup written to " + target + ": " + summary(counts)
                + ". It holds personal data: keep it as safe as the server. The signing key (checkin.key) is not in it.");
        return 0;
    }

    /** Restores into the embedded database of an empty data directory; the server must not run on it. */
    static int restore(Config config, Path file) throws CommandException {
        if (config.databaseUrl().isPresent()) {
            throw new CommandException("restore works on the embedded database only; for FOYER_DATABASE_URL use PostgreSQL's own tools.");
        }
        if (!Files.isReadable(file)) {
            throw new CommandException(file.toAbsolutePath() + " cannot be read.");
        }
        Map<String, Long> counts;
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(config.dataDir());
             EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir(), true);
             InputStream in = Files.newInputStream(file)) {
            counts = Backups.restore(in, embedded.appDataSource(EmbeddedDatabase.APP_DATABASE),
                    embedded.superuserDataSource(EmbeddedDatabase.APP_DATABASE));
        } catch (StartupException e) {
            throw new CommandException(e.getMessage());
        } catch (IOException | SQLException | RuntimeException e) {
            throw new CommandException("the backup could not be restored: " + StartupException.reason(e) + ".");
        }
        System.out.println("Restored into " + config.dataDir().toAbsolutePath().normalize() + ": " + summary(counts)
                + ". Start the server to run any newer migrations. QR codes stay valid only with the old checkin.key.");
        return 0;
    }

    private static String summary(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum() + " rows in " + counts.size() + " tables";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover .partial file.
        }
    }

    /** A command that cannot be done, with the sentence saying why. */
    static final class CommandException extends Exception {
        CommandException(String sentence) {
            super(sentence);
        }
    }
}
