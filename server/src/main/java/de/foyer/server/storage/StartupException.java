package de.foyer.server.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A start that cannot go on, with the one sentence an operator needs to put it right. */
public final class StartupException extends Exception {

    public StartupException(String sentence) {
        super(sentence);
    }

    public StartupException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** Names the usual reasons a data directory cannot be written: permissions, a full disk, a read-only mount. */
    public static StartupException of(Path directory, IOException e) {
        String reason = reason(e);
        return new StartupException("The data directory " + directory + " cannot be used: " + reason + ".", e);
    }

    /** The cause as a phrase for one sentence: the known ones in plain words, else the innermost message's first line. */
    public static String reason(Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            text += " " + String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        }
        if (text.contains("no space left")) {
            return "the disk is full";
        }
        if (text.contains("read-only file system")) {
            return "it is on a read-only file system";
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access denied")) {
            return "this user may not write there (check the owner and permissions)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
            innermost = innermost.getCause();
        }
        String message = String.valueOf(innermost.getMessage()).strip();
        int line = message.indexOf('\n');
        message = line < 0 ? message : message.substring(0, line);
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
