package de.foyer.protocol.booking;

/**
 * A proof-of-work puzzle: find a number n so that SHA-256 of the UTF-8 text {@code salt + n}
 * (n in decimal) begins with {@code bits} zero bits. A salt serves one booking.
 */
public record Challenge(String algorithm, String salt, int bits) {
}
