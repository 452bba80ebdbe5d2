package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offices as booking last read them. Every free-times page and every booking needs an office's
 * catalogue; reading it costs seven queries, checking that it is unchanged one ({@link Catalogue#version()}).
 * The version is read before the catalogue, so what is kept is never older than the number it is
 * kept under; every server instance checks it on each request, so a change made through another
 * instance counts at once. What it holds of days (closures, no-shows) is relative to the day it was
 * read, so an office is read again on a new day too.
 */
final class BookableOffices {

    /** An office as read at a catalogue version. */
    private record Kept(long version, BookableOffice office) {
    }

    private final Map<String, Kept> read = new ConcurrentHashMap<>();

    BookableOffice of(Handle handle, String officeId, Instant now) {
        Catalogue catalogue = Catalogue.on(handle);
        long version = catalogue.version();
        Kept kept = read.get(officeId);
        if (kept != null && kept.version() == version
                && kept.office().readOn().equals(LocalDate.ofInstant(now, kept.office().office().zone()))) {
            return kept.office();
        }
        Kept fresh = new Kept(version, BookableOffice.read(catalogue, new BookingDao(handle), officeId, now));
        read.merge(officeId, fresh, (old, mine) -> old.version() > mine.version() ? old : mine);
        return fresh.office();
    }
}
