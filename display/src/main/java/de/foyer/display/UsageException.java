package de.foyer.display;

/** A command line that cannot be used; its message is a sentence for the person who typed it. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
