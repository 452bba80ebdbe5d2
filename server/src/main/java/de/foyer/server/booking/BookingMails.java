package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Catalogue;
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
 * Writes the mails of a booking when they are due: German first, English below, plain text, ending
 * with how to reach the office that sent it. The confirmation carries the QR code and the calendar
 * file, the reminder the calendar file.
 */
public final class BookingMails implements MailComposer {

    private static final String BUNDLE = "de.foyer.server.booking.mails";

    private final Confirmations confirmations;
    private final ResourceBundle german = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private final ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public BookingMails(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public Optional<OutgoingMail> compose(Handle handle, String kindName, String subjectId, Instant now) {
        Optional<MailKind> named = MailKind.named(kindName);
        Optional<Booking> found = new BookingDao(handle).byId(subjectId);
        if (named.isEmpty() || found.isEmpty() || found.get().email() == null || !stillWanted(named.get(), found.get(), now)) {
            return Optional.empty();
        }
        MailKind kind = named.get();
        Booking booking = found.get();
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(booking.officeId()).orElseThrow();
        Service service = catalogue.service(booking.serviceId()).orElseThrow();
        BookingRules rules = new BookingDao(handle).rules(booking.officeId());
        String reason = kind == MailKind.CLOSURE ? catalogue.closureReason(booking.officeId(), booking.day()).orElse("") : "";
        String key = kind.name().toLowerCase(Locale.ROOT);
        String subject = text(german, key + ".subject", booking, office, service, rules, reason, Locale.GERMAN)
                + " / " + text(english, key + ".subject", booking, office, service, rules, reason, Locale.ENGLISH);
        String body = text(german, key + ".body", booking, office, service, rules, reason, Locale.GERMAN)
                + german.getString("separator")
                + text(english, key + ".body", booking, office, service, rules, reason, Locale.ENGLISH)
                + german.getString("signature") + String.join("\n", office.contactLines());
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        if (kind == MailKind.CONFIRMATION) {
            attachments.add(new OutgoingMail.Attachment("termin-qr.png", "image/png", confirmations.qrPng(booking), true));
        }
        if (kind != MailKind.CANCELLATION && kind != MailKind.CLOSURE) {
            attachments.add(new OutgoingMail.Attachment("termin.ics", CalendarFile.CONTENT_TYPE,
                    confirmations.calendar(booking, service, office, now), false));
        }
        return Optional.of(new OutgoingMail(booking.email(), subject, body, attachments));
    }

    /** A confirmation or reminder for a time that has passed or was cancelled would only confuse. */
    private static boolean stillWanted(MailKind kind, Booking booking, Instant now) {
        return switch (kind) {
            case CONFIRMATION, REMINDER -> booking.status() == BookingStatus.BOOKED && booking.startsAt().isAfter(now);
            case CANCELLATION, CLOSURE -> booking.status() == BookingStatus.CANCELLED;
        };
    }

    private String text(ResourceBundle bundle, String key, Booking booking, Office office, Service service,
                        BookingRules rules, String reason, Locale locale) {
        ZonedDateTime start = booking.startsAt().atZone(office.zone());
        String date = start.format(DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale));
        String time = start.format(DateTimeFormatter.ofPattern("HH:mm", locale));
        String serviceName = service.names().in(CitizenLanguage.of(locale.getLanguage()).orElse(CitizenLanguage.DE), service.name());
        return new MessageFormat(bundle.getString(key), locale).format(new Object[]{
                booking.name(), office.name(), serviceName, booking.persons(), date, time,
                BookingCodes.display(booking.code()), rules.checkinBeforeMinutes(), confirmations.cancelLink(booking),
                reason.isBlank() ? "" : " (" + reason + ")", confirmations.rebookLink(booking)});
    }
}
