package de.foyer.server.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every staff password must be, whether set from the shell or in the settings: long, and not one
 * of the passwords an attacker tries first. Accounts see citizens' names and bookings, so a
 * guessable one is refused.
 */
public final class PasswordRule {

    public static final int SHORTEST = 12;
    static final int LONGEST = 200;

    private final Set<String> common;

    PasswordRule(Set<String> common) {
        this.common = common.stream().map(PasswordRule::folded).collect(Collectors.toUnmodifiableSet());
    }

    /** The rule with the list of common passwords that comes with Foyer. */
    public static PasswordRule standard() {
        try (InputStream in = PasswordRule.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the server's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordRule(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password cannot be used, as one sentence; empty when it can. */
    public Optional<String> refusal(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < SHORTEST) {
            return Optional.of("The password needs at least " + SHORTEST + " characters.");
        }
        if (length > LONGEST) {
            return Optional.of("The password may have at most " + LONGEST + " characters.");
        }
        if (common.contains(folded(password))) {
            return Optional.of("This password is one of the first an attacker tries; choose another.");
        }
        return Optional.empty();
    }

    private static String folded(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }
}
