package de.foyer.server;

import de.foyer.server.staff.PasswordRule;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a new password comes from: typed at the terminal without echo (twice, so a typo does not lock
 * anyone out), or one line of standard input when that is not a terminal. Never the command line,
 * where every user of the machine could read it in the process list.
 */
final class PasswordInput {

    private final Console console;
    private final InputStream in;

    /** @param console the terminal, or null when standard input or output is not one */
    PasswordInput(Console console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    String read() throws Commands.CommandException {
        if (console != null) {
            char[] first = console.readPassword("New password (at least %d characters): ", PasswordRule.SHORTEST);
            char[] again = console.readPassword("The same password again: ");
            if (first == null || again == null) {
                throw new Commands.CommandException("no password was typed; nothing was changed.");
            }
            if (!Arrays.equals(first, again)) {
                throw new Commands.CommandException("the two passwords differ; nothing was changed.");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new Commands.CommandException("no password on standard input; give it as one line, e.g. echo \"$PASSWORD\" | ./foyer admin …");
            }
            return line;
        } catch (IOException e) {
            throw new Commands.CommandException("standard input cannot be read: " + e.getMessage());
        }
    }
}
