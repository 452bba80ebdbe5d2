package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One citizen on the waiting list of a service: the persons, and the days and start times (the
 * office's local time) that suit them. Name and e-mail are null once the entry has ended.
 */
public record WaitingEntry(String id, String officeId, String serviceId, int persons, LocalDate firstDay, LocalDate lastDay,
                           LocalTime earliest, LocalTime latest, WaitingStatus status, String name, String email,
                           String emailKey, CitizenLanguage language, Instant joinedAt, Instant confirmedAt, Instant endedAt) {
}
