package de.foyer.protocol.booking;

import java.time.LocalDate;
import java.util.List;

/** The open days of a range, each with the number of free times the portal may still book (green days have more than none). */
public record FreeDays(List<Day> days) {

    public record Day(LocalDate date, int freeSlots) {
    }
}
