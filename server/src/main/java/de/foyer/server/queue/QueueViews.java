package de.foyer.server.queue;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.QueueView;
import de.foyer.protocol.WaitingTimes;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The full pictures that streams send on (re)connect: an office's queue and a waiting area's calls. */
public final class QueueViews {

    public static final int CALLS_ON_SCREEN = 8;

    private final Jdbi jdbi;
    private final Clock clock;
    private final WaitEstimator estimator = new WaitEstimator();

    public QueueViews(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public QueueView queue(String officeId) {
        return jdbi.withHandle(handle -> {
            Instant now = clock.instant();
            OfficeCatalogue catalogue = OfficeCatalogue.load(Catalogue.on(handle), officeId);
            List<Ticket> waiting = new TicketDao(handle).waiting(officeId, catalogue.today(now));
            // Built for every change the consoles see: each service's line, the counters and the
            // waiting work are found once, not once per service.
            Map<String, List<Ticket>> lines = waiting.stream()
                    .sorted(Comparator.comparing(Ticket::queuedAt))
                    .collect(Collectors.groupingBy(Ticket::serviceId));
            Map<String, Set<String>> countersByService = WaitEstimator.countersByService(catalogue.servicesByCounter());
            Set<String> staffed = catalogue.staffedCounters();
            WaitEstimator.Load load = estimator.load(waiting, catalogue.durations());
            List<QueueView.ServiceQueue> services = catalogue.services().values().stream()
                    .sorted(Comparator.comparingInt(de.foyer.server.catalogue.Service::position))
                    .map(service -> {
                        List<Ticket> own = lines.getOrDefault(service.id(), List.of());
                        int wait = load.minutes(service.id(), countersByService, staffed);
                        return new QueueView.ServiceQueue(service.id(), service.name(), own.size(), wait,
                                own.stream().map(ticket -> TicketViews.info(ticket, catalogue)).toList());
                    })
                    .toList();
            return new QueueView(officeId, TicketViews.at(now, catalogue.office().zone()), services);
        });
    }

    /** The queue without the tickets: what kiosks and the town's web site show on each service. */
    public WaitingTimes waits(String officeId) {
        QueueView queue = queue(officeId);
        return new WaitingTimes(queue.office(), queue.at(), queue.services().stream()
                .map(service -> new WaitingTimes.ServiceWait(service.service(), service.waiting(), service.estimatedWaitMinutes()))
                .toList());
    }

    public DisplayState display(String waitingAreaId) {
        return jdbi.withHandle(handle -> {
            Catalogue catalogueDao = Catalogue.on(handle);
            WaitingArea area = catalogueDao.waitingArea(waitingAreaId).orElseThrow(() ->
                    ApiException.notFound("UNKNOWN_WAITING_AREA", "There is no waiting area '" + waitingAreaId + "'."));
            OfficeCatalogue catalogue = OfficeCatalogue.load(catalogueDao, area.officeId());
            Instant startOfDay = catalogue.today(clock.instant()).atStartOfDay(catalogue.office().zone()).toInstant();
            List<CallInfo> calls = new TicketDao(handle).latestCalls(area.officeId(), area.id(), startOfDay, CALLS_ON_SCREEN)
                    .stream()
                    .map(call -> {
                        Counter counter = catalogue.counters().get(call.counterId());
                        return new CallInfo(call.ticketNumber(), counter.name(),
                                TicketViews.at(call.calledAt(), catalogue.office().zone()), call.recalls(), call.language());
                    })
                    .toList();
            return new DisplayState(area.id(), area.name(), calls);
        });
    }
}
