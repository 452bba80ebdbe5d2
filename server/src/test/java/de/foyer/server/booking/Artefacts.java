package de.foyer.server.booking;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;

/** Reads the calendar file of a confirmation the way a calendar program would (its QR code: QrScan). */
public final class Artefacts {

    private Artefacts() {
    }

    public static VEvent event(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        return calendar.<VEvent>getComponents().stream().filter(VEvent.class::isInstance).findFirst().orElseThrow();
    }

    public static Instant start(VEvent event) {
        Temporal start = event.<Temporal>getStartDate().orElseThrow().getDate();
        return Instant.from(start);
    }
}
