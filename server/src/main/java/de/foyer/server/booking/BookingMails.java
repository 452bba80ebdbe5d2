package de.foyer.server.booking;

import java.util.Map;
import java.util.EnumMap;
import de.foyer.server.web.Pages;
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
import java.util.function.BiFunction;

/**
 * Writes the mails of a booking when they are due, in the citizen's language first and German
 * beside it (English beside a German one): a plain text that is complete on its own, and an HTML
 * part with the same text. Confirmation and reminder say what to bring and what it costs, where the
 * office is and when the kiosk lets them in, and carry the QR code and the calendar file; every
 * mail ends with how to reach the office that sent it. The waiting list's mails are written here
 * too: the link that confirms a place in line, and the offer of a freed time.
 */
public final class BookingMails implements MailComposer {

    private static final String BUNDLE = "de.foyer.server.booking.mails";
    private static final String QR_FILE = "termin-qr.png";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Confirmations confirmations;
    private final Pages pages = new Pages();
    private final Map<CitizenLanguage, ResourceBundle> bundles = new EnumMap<>(CitizenLanguage.class);

    public BookingMails(Confirmations confirmations) {
        this.confirmations = confirmations;
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (CitizenLanguage language : CitizenLanguage.values()) {
            bundles.put(language, language == CitizenLanguage.DE ? ResourceBundle.getBundle(BUNDLE, Locale.ROOT, exact)
                    : ResourceBundle.getBundle(BUNDLE, language.locale(), exact));
        }
    }

    @Override
    public Optional<OutgoingMail> compose(Handle handle, String kindName, String subjectId, Instant now) {
        Optional<MailKind> named = MailKind.named(kindName);
        if (named.isPresent() && named.get().aboutTheWaitingList()) {
            return composeForTheWaitingList(handle, named.get(), subjectId, now);
        }
        if (named.isPresent() && named.get() == MailKind.DRAW_LOST) {
            return composeDrawLost(handle, subjectId);
        }
        Optional<Booking> found = new BookingDao(handle).byId(subjectId);
        if (named.isEmpty() || found.isEmpty() || found.get().email() == null || !stillWanted(named.get(), found.get(), now)) {
            return Optional.empty();
        }
        Booking booking = found.get();
        // Who has confirmed already is reminded, not asked again.
        MailKind kind = named.get() == MailKind.ATTENDANCE_REQUEST && booking.attendanceConfirmedAt() != null
                ? MailKind.REMINDER : named.get();
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(booking.officeId()).orElseThrow();
        Service service = catalogue.service(booking.serviceId()).orElseThrow();
        BookingRules rules = new BookingDao(handle).rules(booking.officeId());
        String reason = kind == MailKind.CLOSURE ? catalogue.closureReason(booking.officeId(), booking.day()).orElse("") : "";
        Mail mail = new Mail(kind, booking, office, service, rules, reason, confirmations.cancelLink(booking),
                confirmations.rebookLink(booking));
        String key = kind.name().toLowerCase(Locale.ROOT);
        boolean withQr = kind.aboutTheAppointmentAhead();
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        if (withQr) {
            attachments.add(new OutgoingMail.Attachment(QR_FILE, "image/png", confirmations.qrPng(booking), true));
            attachments.add(new OutgoingMail.Attachment("termin.ics", CalendarFile.CONTENT_TYPE,
                    confirmations.calendar(booking, service, office, now), false));
        }
        return Optional.of(assemble(booking.email(), booking.language(), office,
                (language, part) -> part.equals("subject") ? mail.text(bundles.get(language), key + ".subject", language)
                        : section(mail, language), attachments));
    }

    /**
     * The waiting list's link (subject: the entry, while it is open) and a held time's offer
     * (subject: the held booking, while it is held and the offer open).
     */
    private Optional<OutgoingMail> composeForTheWaitingList(Handle handle, MailKind kind, String subjectId, Instant now) {
        WaitingListDao list = new WaitingListDao(handle);
        Optional<Booking> held = Optional.empty();
        Optional<WaitingListDao.Offer> offer = Optional.empty();
        String entryId = subjectId;
        if (kind == MailKind.WAITING_OFFER) {
            held = new BookingDao(handle).byId(subjectId).filter(booking -> booking.status() == BookingStatus.HELD);
            offer = list.offerOf(subjectId).filter(open -> open.expiresAt().isAfter(now));
            if (held.isEmpty() || offer.isEmpty()) {
                return Optional.empty();
            }
            entryId = offer.get().entryId();
        }
        Optional<WaitingEntry> found = list.byId(entryId).filter(entry -> !entry.status().ended());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WaitingEntry entry = found.get();
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(entry.officeId()).orElseThrow();
        Service service = catalogue.service(entry.serviceId()).orElseThrow();
        ZonedDateTime start = held.map(booking -> booking.startsAt().atZone(office.zone())).orElse(null);
        ZonedDateTime until = offer.map(open -> open.expiresAt().atZone(office.zone())).orElse(null);
        String link = confirmations.waitingLink(entry.id());
        String key = kind.name().toLowerCase(Locale.ROOT);
        BiFunction<CitizenLanguage, String, String> words = (language, part) -> waitingText(bundles.get(language),
                key + "." + part, language, entry, office, service, start, until, link);
        return Optional.of(assemble(entry.email(), entry.language(), office, words, List.of()));
    }

    /** The lot of a draw gave the request no time: which day, and the ways on (the waiting list, other days). */
    private Optional<OutgoingMail> composeDrawLost(Handle handle, String entryId) {
        Optional<DrawEntry> found = new DrawDao(handle).byId(entryId).filter(entry -> entry.email() != null && "NOT_DRAWN".equals(entry.outcome()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DrawEntry entry = found.get();
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(entry.officeId()).orElseThrow();
        Service service = catalogue.service(entry.serviceId()).orElseThrow();
        ZonedDateTime start = entry.startsAt().atZone(office.zone());
        String waitingList = confirmations.servicePage(service.id(), entry.persons(), "waiting-list");
        String days = confirmations.servicePage(service.id(), entry.persons(), "days");
        BiFunction<CitizenLanguage, String, String> words = (language, part) -> new MessageFormat(bundles.get(language)
                .getString("draw_lost." + part), language.locale()).format(new Object[]{entry.name(), office.name(),
                service.names().in(language, service.name()), entry.persons(),
                start.format(DateTimeFormatter.ofPattern(bundles.get(language).getString("date.pattern"), language.locale())),
                start.format(CLOCK), waitingList, days});
        return Optional.of(assemble(entry.email(), entry.language(), office, words, List.of()));
    }

    private static String waitingText(ResourceBundle bundle, String key, CitizenLanguage language, WaitingEntry entry, Office office,
                                      Service service, ZonedDateTime start, ZonedDateTime until, String link) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), language.locale());
        return new MessageFormat(bundle.getString(key), language.locale()).format(new Object[]{
                entry.name(), office.name(), service.names().in(language, service.name()), entry.persons(),
                start == null ? entry.firstDay().format(date) : start.format(date), start == null ? "" : start.format(CLOCK),
                link, until == null ? "" : until.format(CLOCK), entry.lastDay().format(date),
                entry.earliest().format(CLOCK), entry.latest().format(CLOCK)});
    }

    /**
     * The mail in the citizen's language first and the one beside it, ending with how to reach the
     * office; {@code words} gives a language's "subject" or "body".
     */
    private OutgoingMail assemble(String to, CitizenLanguage first, Office office, BiFunction<CitizenLanguage, String, String> words,
                                  List<OutgoingMail.Attachment> attachments) {
        CitizenLanguage second = first.beside();
        String subject = words.apply(first, "subject") + " / " + words.apply(second, "subject");
        String firstText = words.apply(first, "body");
        String secondText = words.apply(second, "body");
        String text = firstText + "\n\n----- " + bundles.get(second).getString("language.name") + " -----\n\n" + secondText
                + "\n\n-- \n" + String.join("\n", office.contactLines());
        boolean withQr = attachments.stream().anyMatch(OutgoingMail.Attachment::inline);
        String html = pages.render("mail/booking.jte", new MailView(subject,
                List.of(MailView.Section.of(first, firstText), MailView.Section.of(second, secondText)),
                withQr ? QR_FILE : null, bundles.get(first).getString("qr.alt"), office.contactLines()));
        return new OutgoingMail(to, subject, text, html, attachments);
    }

    /** A confirmation or reminder for a time that has passed or was cancelled would only confuse. */
    private static boolean stillWanted(MailKind kind, Booking booking, Instant now) {
        return switch (kind) {
            case CONFIRMATION, REMINDER, ATTENDANCE_REQUEST -> booking.status() == BookingStatus.BOOKED && booking.startsAt().isAfter(now);
            case CANCELLATION, CLOSURE, RELEASED -> booking.status() == BookingStatus.CANCELLED;
            case WAITING_LINK, WAITING_OFFER, DRAW_LOST -> false; // written apart, below
        };
    }

    /** The mail in one language: its text, then for an appointment to come what to bring and where to go. */
    private String section(Mail mail, CitizenLanguage language) {
        ResourceBundle bundle = bundles.get(language);
        StringBuilder text = new StringBuilder(mail.text(bundle, mail.kind().name().toLowerCase(Locale.ROOT) + ".body", language));
        if (mail.kind().aboutTheAppointmentAhead()) {
            String information = mail.service().informationTexts().in(language, mail.service().information());
            if (!information.isBlank()) {
                text.append("\n\n").append(bundle.getString("information.heading")).append(":\n").append(information.strip());
            }
            List<String> address = mail.office().addressLines();
            if (!address.isEmpty()) {
                text.append("\n\n").append(bundle.getString("address.heading")).append(":\n").append(mail.office().name())
                        .append("\n").append(String.join("\n", address));
            }
        }
        return text.toString();
    }

    /** What one mail is about, and its words in a language. */
    private record Mail(MailKind kind, Booking booking, Office office, Service service, BookingRules rules, String reason,
                        String cancelLink, String rebookLink) {

        String text(ResourceBundle bundle, String key, CitizenLanguage language) {
            Locale locale = language.locale();
            ZonedDateTime start = booking.startsAt().atZone(office.zone());
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale);
            String date = start.format(dates);
            Instant due = Attendance.deadline(booking, rules);
            ZonedDateTime deadline = due == null ? start : due.atZone(office.zone());
            return new MessageFormat(bundle.getString(key), locale).format(new Object[]{
                    booking.name(), office.name(), service.names().in(language, service.name()), booking.persons(), date,
                    start.format(CLOCK), BookingCodes.display(booking.code()),
                    start.minusMinutes(rules.checkinBeforeMinutes()).format(CLOCK), cancelLink,
                    reason.isBlank() ? "" : " (" + reason + ")", rebookLink,
                    start.plusMinutes(rules.checkinAfterMinutes()).format(CLOCK), deadline.format(dates), deadline.format(CLOCK)});
        }
    }
}
