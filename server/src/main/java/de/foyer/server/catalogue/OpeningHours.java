package de.foyer.server.catalogue;

import java.time.LocalTime;

/** One opening period on a weekday (1 = Monday … 7 = Sunday); a day may have several. */
public record OpeningHours(int weekday, LocalTime opens, LocalTime closes) {
}
