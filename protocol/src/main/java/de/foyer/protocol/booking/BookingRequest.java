package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/**
 * A citizen's booking from the portal; persons (or documents) defaults to one, phone is optional.
 * {@code language} (de, en, tr, ar, uk, ru, pl; German when absent) is the one the mails come in first.
 */
public record BookingRequest(String office, String service, Integer persons, OffsetDateTime start,
                             String name, String email, String phone, Proof proof, String language) {

    /** The solved challenge: its salt and the number found (a JSON number, n ≥ 0). */
    public record Proof(String salt, Long number) {
    }
}
