package de.foyer.server.booking;

import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.BookingView;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What a booking hands out: the confirmation, the public view, the QR image, the calendar file and the cancel link. */
public final class Confirmations {

    private final Signatures signatures;
    private final String publicUrl;

    public Confirmations(Signatures signatures, String publicUrl) {
        this.signatures = signatures;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    BookingConfirmation confirmation(Booking booking, ZoneId zone) {
        String path = "/api/v1/bookings/" + booking.code();
        return new BookingConfirmation(booking.code(), signatures.qr(booking.id()), path + "/qr.png", path + "/calendar.ics",
                booking.officeId(), booking.serviceId(), booking.persons(), at(booking.startsAt(), zone), at(booking.endsAt(), zone),
                booking.status().name(), signatures.cancelToken(booking.id()));
    }

    BookingView view(Booking booking, Service service, ZoneId zone, String ticketNumber) {
        return new BookingView(booking.code(), booking.officeId(), booking.serviceId(), service.name(), booking.persons(),
                at(booking.startsAt(), zone), at(booking.endsAt(), zone), booking.status().name(), ticketNumber);
    }

    byte[] qrPng(Booking booking) {
        return QrImage.png(signatures.qr(booking.id()));
    }

    byte[] calendar(Booking booking, Service service, Office office, Instant now) {
        return CalendarFile.ics(booking.id(), booking.startsAt(), booking.endsAt(), service.name() + " – " + office.name(),
                office.location(), "Buchungscode / booking code: " + BookingCodes.display(booking.code()), now);
    }

    /** A page of the portal, not an action: mail scanners open links, and opening one must never cancel anything. */
    String cancelLink(Booking booking) {
        return publicUrl + "/booking/" + booking.code() + "?token=" + signatures.cancelToken(booking.id());
    }

    /** A waiting-list entry's page: confirming, taking or passing on a held time, and leaving all take a button press. */
    String waitingLink(String entryId) {
        return publicUrl + "/waiting-list/" + entryId + "?token=" + signatures.waitingToken(entryId);
    }

    /** The free days of the same service in the portal: where a citizen whose time was cancelled books again. */
    String rebookLink(Booking booking) {
        return servicePage(booking.serviceId(), booking.persons(), "days");
    }

    /** A page of one service in the portal for this many persons: its free days, or its waiting list. */
    String servicePage(String serviceId, int persons, String page) {
        return publicUrl + "/services/" + serviceId + "/" + page + "?persons=" + persons;
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
