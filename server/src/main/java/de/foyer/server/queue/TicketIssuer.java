package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.TicketIssued;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.OpeningRules;
import de.foyer.server.catalogue.PublicHolidays;
import de.foyer.server.catalogue.Service;
import de.foyer.server.events.EventType;
import de.foyer.server.events.EventBus;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** Issues walk-in tickets at the kiosk and the info point. */
public final class TicketIssuer {

    public static final int MAX_PERSONS = 10;

    private final Jdbi jdbi;
    private final EventBus events;
    private final Tokens tokens;
    private final Clock clock;
    private final QueueMetrics metrics;
    private final WaitEstimator estimator = new WaitEstimator();
    private final PublicHolidays holidays = new PublicHolidays();

    public TicketIssuer(Jdbi jdbi, EventBus events, Tokens tokens, Clock clock, QueueMetrics metrics) {
        this.jdbi = jdbi;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** {@code language}: the citizen's, for the ticket page. */
    public TicketIssued issueWalkIn(String officeId, String serviceId, Integer persons, TicketChannel channel,
                                    CitizenLanguage language) {
        if (serviceId == null || serviceId.isBlank()) {
            throw ApiException.badRequest("SERVICE_REQUIRED", "Please choose a service.");
        }
        int count = persons == null ? 1 : persons;
        if (count < 1 || count > MAX_PERSONS) {
            throw ApiException.badRequest("INVALID_PERSONS", "A ticket is for 1 to " + MAX_PERSONS + " persons or documents.");
        }
        TicketIssued issued = jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogueDao = Catalogue.on(handle);
            OfficeCatalogue catalogue = OfficeCatalogue.load(catalogueDao, officeId);
            Service service = catalogue.offered(serviceId);
            LocalDateTime local = catalogue.local(now);
            LocalDate day = local.toLocalDate();
            OpeningRules rules = catalogueDao.openingRules(catalogue.office(), day, holidays);
            LocalTime closes = rules.openUntil(local).orElseThrow(() -> ApiException.conflict("OFFICE_CLOSED",
                    closedBecause(catalogueDao, catalogue.office(), day)));
            TicketDao tickets = new TicketDao(handle);
            int wait = estimator.minutes(serviceId, tickets.waiting(officeId, day), catalogue.servicesByCounter(),
                    catalogue.staffedCounters(), catalogue.durations());
            if (local.plusMinutes(wait + (long) service.durationMinutes() * count).toLocalTime().isAfter(closes)) {
                throw ApiException.conflict("NO_CAPACITY_TODAY",
                        "No more tickets for this service today: the wait would run past closing time. Please book an appointment online.");
            }
            String prefix = catalogue.prefixOf(service);
            String number = prefix + String.format("%03d", tickets.nextNumber(officeId, day, prefix));
            Ticket ticket = Ticket.walkIn(
                    new Ticket.Draw(tokens.newId(), officeId, day, number, serviceId, count, channel, now, tokens.newToken(), language));
            tickets.insert(ticket);
            events.publish(handle, TicketViews.event(EventType.ISSUED, ticket, catalogue, now));
            return new TicketIssued(TicketViews.info(ticket, catalogue), wait);
        });
        metrics.ticketIssued(officeId, TicketKind.WALK_IN);
        return issued;
    }

    /** Why there is no ticket now, as far as the office knows: a public holiday, a closed day's reason, or its hours. */
    private String closedBecause(Catalogue catalogue, Office office, LocalDate day) {
        String book = " Please book an appointment online or call the central phone line.";
        Optional<String> holiday = holidays.nameOf(day, office.state());
        if (holiday.isPresent()) {
            return "Today is a public holiday (" + holiday.get() + "): the office is closed." + book;
        }
        return catalogue.closureReason(office.id(), day).filter(reason -> !reason.isBlank())
                .map(reason -> "The office is closed today (" + reason + ")." + book)
                .orElse("The office is closed now." + book);
    }
}
