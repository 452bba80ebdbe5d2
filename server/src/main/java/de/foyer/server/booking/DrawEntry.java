package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request that joined the draw of a newly released day: the time it asked for and whom for, when
 * it came, and after the draw its lot and outcome. Name, e-mail and phone are null once drawn.
 */
public record DrawEntry(String id, String officeId, LocalDate day, String serviceId, int persons, Instant startsAt, String name,
                        String email, String emailKey, String phone, CitizenLanguage language, Instant arrivedAt, Integer lot,
                        String outcome, String bookingId, Instant drawnAt) {

    /** The same request for another time of its day: the nearest free one, when its own was taken. */
    DrawEntry at(Instant start) {
        return new DrawEntry(id, officeId, day, serviceId, persons, start, name, email, emailKey, phone, language, arrivedAt, lot, outcome,
                bookingId, drawnAt);
    }
}
