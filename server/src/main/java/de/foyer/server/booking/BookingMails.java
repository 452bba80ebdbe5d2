package de.foyer.server.booking;

import de.foyer.server.catalogue.CatalogueDao;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.mail.MailComposer;
import de.foyer.server.mail.OutgoingMail;
import org.jdbi.v3.core.Handle;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes the mails of a booking when they are due: German first, English below, plain text. The
 * confirmation carries the QR code and the calendar file, the reminder the calendar file.
 */
public final class BookingMails implements MailComposer {

    public static final String CONFIRMATION = "CONFIRMATION";
    public static final String REMINDER = "REMINDER";
    public static final String CANCELLATION = "CANCELLATION";
    /** Cancelled because the office closes that day: says why and links to the service's free days. */
    public static final String CLOSURE = "CLOSURE";
    private static final String BUNDLE = "de.foyer.server.booking.mails";

    private final Confirmations confirmations;
    private final ResourceBundle german = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private final ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public BookingMails(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public Optional<OutgoingMail> compose(Handle handle, String kind, String subjectId, Instant now) {
        Optional<Booking> found = new BookingDao(handle).byId(subjectId);
        if (found.isEmpty() || found.get().email() == null || !stillWanted(kind, found.get(), now)) {
            return Optional.empty();
        }
        Booking booking = found.get();
        CatalogueDao catalogue = new CatalogueDao(handle);
        Office office = catalogue.office(booking.officeId()).orElseThrow();
        Service service = catalogue.service(booking.serviceId()).orElseThrow();
        BookingRules rules = new BookingDao(handle).rules(booking.officeId());
        String reason = kind.equals(CLOSURE) ? catalogue.closureReason(booking.officeId(), booking.day()).orElse("") : "";
        String key = kind.toLowerCase(Locale.ROOT);
        String subject = text(german, key + ".subject", booking, office, service, rules, reason, Locale.GERMAN)
                + " / " + text(english, key + ".subject", booking, office, service, rules, reason, Locale.ENGLISH);
        String body = text(german, key + ".body", booking, office, service, rules, reason, Locale.GERMAN)
                + german.getString("separator")
                + text(english, key + ".body", booking, office, service, rules, reason, Locale.ENGLISH);
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        if (kind.equals(CONFIRMATION)) {
            attachments.add(new OutgoingMail.Attachment("termin-qr.png", "image/png", confirmations.qrPng(booking), true));
        }
        if (!kind.equals(CANCELLATION) && !kind.equals(CLOSURE)) {
            attachments.add(new OutgoingMail.Attachment("termin.ics", CalendarFile.CONTENT_TYPE,
                    confirmations.calendar(booking, service, office, now), false));
        }
        return Optional.of(new OutgoingMail(booking.email(), subject, body, attachments));
    }

    /** A confirmation or reminder for a time that has passed or was cancelled would only confuse. */
    private static boolean stillWanted(String kind, Booking booking, Instant now) {
        return switch (kind) {
            case CONFIRMATION, REMINDER -> Booking.BOOKED.equals(booking.status()) && booking.startsAt().isAfter(now);
            case CANCELLATION, CLOSURE -> Booking.CANCELLED.equals(booking.status());
            default -> false;
        };
    }

    private String text(ResourceBundle bundle, String key, Booking booking, Office office, Service service,
                        BookingRules rules, String reason, Locale locale) {
        ZonedDateTime start = booking.startsAt().atZone(office.zone());
        String date = start.format(DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale));
        String time = start.format(DateTimeFormatter.ofPattern("HH:mm", locale));
        String serviceName = locale.equals(Locale.GERMAN) ? service.name() : service.nameEn();
        return new MessageFormat(bundle.getString(key), locale).format(new Object[]{
                booking.name(), office.name(), serviceName, booking.persons(), date, time,
                BookingCodes.display(booking.code()), rules.checkinBeforeMinutes(), confirmations.cancelLink(booking),
                reason.isBlank() ? "" : " (" + reason + ")", confirmations.rebookLink(booking)});
    }
}
