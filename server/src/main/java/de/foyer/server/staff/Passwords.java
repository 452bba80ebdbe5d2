package de.foyer.server.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Clerk passwords, stored only as bcrypt hashes. */
public final class Passwords {

    private static final int COST = 10;
    /**
     * The hash of a random password nobody keeps, at the same cost: checked when a username is
     * unknown, so that both refusals take as long. Made once per process, not at every start.
     */
    private static final String DECOY = BCrypt.withDefaults().hashToString(COST, randomPassword());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** A hash that takes as long to check as a clerk's, for a password that does not exist. */
    public String decoy() {
        return DECOY;
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toCharArray();
    }
}
