package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.WaitingArea;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a ticket stands, found by the link token its QR carries: what the citizen's ticket page
 * shows. "Ahead" counts the tickets the call policy would call first at the counter where this
 * ticket is nearest the front; the wait is the work of exactly those tickets, estimated like a
 * newcomer's. Nothing here is personal: a number, a place in line and a counter.
 */
public final class TicketPositions {

    private static final Pattern LINK_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Jdbi jdbi;
    private final Clock clock;
    private final CallPolicy policy;
    private final WaitEstimator estimator = new WaitEstimator();

    public TicketPositions(Jdbi jdbi, Clock clock, CallPolicy policy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * A ticket's standing; {@code counter} is set once it is called, {@code ahead} and the wait while it
     * waits. Service and waiting area are named in German, English, and the ticket's own {@code language}.
     */
    public record Position(String linkToken, String officeId, String officeName, String number, String serviceName,
                           String serviceNameEn, String waitingAreaName, String waitingAreaNameEn, TicketStatus status, int ahead, int waitMinutes,
                           String counter, int recalls, OffsetDateTime at, CitizenLanguage language,
                           String serviceNameInLanguage, String waitingAreaNameInLanguage) {
    }

    /** A ticket by the token of its page; anything not shaped like a link token (32 random bytes, URL-safe Base64) is not looked up at all. */
    public Optional<Position> byLinkToken(String linkToken) {
        return LINK_TOKEN.matcher(linkToken).matches() ? byLinkTokens(List.of(linkToken)).stream().findFirst() : Optional.empty();
    }

    /** Many tickets at once, in one transaction: every phone of an office is answered by one query round. */
    public List<Position> byLinkTokens(Collection<String> linkTokens) {
        if (linkTokens.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            Instant now = clock.instant();
            List<Ticket> tickets = new TicketDao(handle).byLinkTokens(List.copyOf(linkTokens));
            Catalogue catalogueDao = Catalogue.on(handle);
            Map<String, OfficeCatalogue> catalogues = new HashMap<>();
            Map<String, Map<String, WaitingArea>> areaNames = new HashMap<>();
            Map<String, Ranking> rankings = new HashMap<>();
            List<Position> positions = new ArrayList<>();
            for (Ticket ticket : tickets) {
                OfficeCatalogue catalogue = catalogues.computeIfAbsent(ticket.officeId(),
                        office -> OfficeCatalogue.load(catalogueDao, office));
                Map<String, WaitingArea> areas = areaNames.computeIfAbsent(ticket.officeId(), office ->
                        catalogueDao.waitingAreas(office).stream().collect(Collectors.toMap(WaitingArea::id, area -> area)));
                Ranking ranking = rankings.computeIfAbsent(ticket.officeId() + "/" + ticket.day(),
                        ignored -> rank(handle, catalogue, ticket.day(), now));
                positions.add(position(ticket, catalogue, areas, ranking, now));
            }
            return positions;
        });
    }

    /** Each counter's order of call over the office's waiting tickets of that day, computed once per office. */
    private record Ranking(Map<String, List<Ticket>> byCounter) {
    }

    private Ranking rank(Handle handle, OfficeCatalogue catalogue, LocalDate day, Instant now) {
        List<Ticket> waiting = new TicketDao(handle).waiting(catalogue.office().id(), day);
        Map<String, List<Ticket>> byCounter = new HashMap<>();
        catalogue.counters().keySet().forEach(counter -> byCounter.put(counter,
                policy.rank(counter, catalogue.servicesByCounter().getOrDefault(counter, Set.of()), waiting, now)));
        return new Ranking(byCounter);
    }

    private Position position(Ticket ticket, OfficeCatalogue catalogue, Map<String, WaitingArea> areas, Ranking ranking,
                              Instant now) {
        CitizenLanguage language = ticket.language();
        Service service = catalogue.services().get(ticket.serviceId());
        WaitingArea area = catalogue.waitingAreaFor(ticket.serviceId(), ticket.targetCounterId()).map(areas::get).orElse(null);
        Counter counter = ticket.counterId() == null ? null : catalogue.counters().get(ticket.counterId());
        List<Ticket> ahead = ticket.status() == TicketStatus.WAITING ? ahead(ticket, catalogue, ranking) : List.of();
        int wait = ahead.isEmpty() ? 0 : estimator.minutes(ticket.serviceId(), ahead, catalogue.servicesByCounter(),
                catalogue.staffedCounters(), catalogue.durations());
        return new Position(ticket.linkToken(), ticket.officeId(), catalogue.office().name(), ticket.number(),
                service == null ? null : service.name(), service == null ? null : service.names().in(CitizenLanguage.EN, service.name()),
                area == null ? null : area.name(), area == null ? null : area.names().in(CitizenLanguage.EN, area.name()),
                ticket.status(), ahead.size(), wait,
                ticket.isActive() && counter != null ? counter.name() : null, ticket.recalls(), TicketViews.at(now, catalogue.office().zone()),
                language, service == null ? null : service.names().in(language, service.name()),
                area == null ? null : area.names().in(language, area.name()));
    }

    /** The tickets called before this one at the counter where it is nearest the front; staffed counters count first. */
    private static List<Ticket> ahead(Ticket ticket, OfficeCatalogue catalogue, Ranking ranking) {
        Set<String> staffed = catalogue.staffedCounters();
        Set<String> candidates = ranking.byCounter().keySet().stream()
                .filter(counter -> staffed.contains(counter) && indexOf(ranking.byCounter().get(counter), ticket) >= 0)
                .collect(Collectors.toSet());
        if (candidates.isEmpty()) {
            candidates = ranking.byCounter().keySet();
        }
        List<Ticket> best = List.of();
        int bestIndex = Integer.MAX_VALUE;
        for (String counter : candidates) {
            List<Ticket> order = ranking.byCounter().get(counter);
            int index = indexOf(order, ticket);
            if (index >= 0 && index < bestIndex) {
                bestIndex = index;
                best = order.subList(0, index);
            }
        }
        return best;
    }

    private static int indexOf(List<Ticket> order, Ticket ticket) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(ticket.id())) {
                return i;
            }
        }
        return -1;
    }
}
