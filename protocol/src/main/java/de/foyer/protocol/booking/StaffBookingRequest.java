package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/**
 * A booking that staff enter for a caller or a visitor at the info point; e-mail and phone are
 * optional, {@code language} (German when absent) is the one the citizen's mails come in first.
 */
public record StaffBookingRequest(String service, Integer persons, OffsetDateTime start,
                                  String name, String email, String phone, String language) {
}
