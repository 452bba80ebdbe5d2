package de.foyer.server;

import de.foyer.server.booking.SecretFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The launcher's maintenance commands beside `server`: ./foyer rotate-secret | backup FILE | restore FILE. */
final class Commands {

    private Commands() {
    }

    /** Runs one command and returns the process's exit code; what went wrong is one sentence on stderr. */
    static int run(Config config, String[] args) {
        try {
            return switch (args[0]) {
                case "rotate-secret" -> rotateSecret(config);
                default -> usage();
            };
        } catch (CommandException e) {
            System.err.println("Foyer " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static int rotateSecret(Config config) throws CommandException {
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

    private static int usage() {
        System.err.println("usage: foyer server | rotate-secret | backup FILE | restore FILE");
        return 2;
    }

    /** A command that cannot be done, with the sentence saying why. */
    static final class CommandException extends Exception {
        CommandException(String sentence) {
            super(sentence);
        }
    }
}
