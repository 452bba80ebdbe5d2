package de.foyer.display.screen;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The clock of the screen in the office's zone, German style: "10:42", "Dienstag, 24. November". */
final class ClockFace {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN);
    private final ZoneId zone;

    ClockFace(ZoneId zone) {
        this.zone = zone;
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }
}
