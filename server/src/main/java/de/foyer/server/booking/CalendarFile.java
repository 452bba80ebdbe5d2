package de.foyer.server.booking;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The appointment as an iCalendar file (.ics) for the citizen's calendar; times in UTC, which every calendar reads. */
public final class CalendarFile {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

    private CalendarFile() {
    }

    public static byte[] ics(String bookingId, Instant start, Instant end, String summary, String location,
                             String description, Instant stamp) {
        VEvent event = new VEvent(start, end, summary);
        event.replace(new Uid(bookingId + "@foyer"));
        event.replace(new DtStamp(stamp));
        event.add(new Location(location));
        event.add(new Description(description));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Foyer//Buergerbuero//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
