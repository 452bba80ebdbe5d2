package de.foyer.server.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.foyer.protocol.QueueView;
import de.foyer.protocol.TicketInfo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in an office's queue view: per service that changed, its figures and the tickets
 * that left, changed or joined (with the ticket they stand before), so that a call in a line of a
 * thousand sends one ticket id, not the thousand. Services that are gone are named; the order of
 * all services is given. Each part is absolute: applying the same changes twice, or to a view that
 * already has them, changes nothing.
 */
public record QueueChanges(String office, OffsetDateTime at, List<ServiceChanges> services, List<String> removed,
                           List<String> order) {

    /**
     * One service's changes. {@code tickets} is the whole line when it was reordered (rare: the
     * changes would not say it shorter); otherwise null, and the three lists say what happened.
     */
    public record ServiceChanges(String service, String name, int waiting, int estimatedWaitMinutes, List<TicketInfo> tickets,
                                 List<String> left, List<TicketInfo> changed, List<Joined> joined) {
    }

    /** A ticket that joined the line, standing before {@code before} (null: at the end). */
    public record Joined(String before, TicketInfo ticket) {
    }

    /** The changes that turn {@code before} (null: nothing yet) into {@code after}. */
    public static QueueChanges between(QueueView before, QueueView after) {
        Map<String, QueueView.ServiceQueue> earlier = before == null ? Map.of() : byService(before);
        Set<String> now = after.services().stream().map(QueueView.ServiceQueue::service).collect(Collectors.toSet());
        List<ServiceChanges> changed = after.services().stream()
                .filter(service -> !Objects.equals(earlier.get(service.service()), service))
                .map(service -> changes(earlier.get(service.service()), service))
                .toList();
        List<String> removed = earlier.keySet().stream().filter(service -> !now.contains(service)).sorted().toList();
        List<String> order = after.services().stream().map(QueueView.ServiceQueue::service).toList();
        return new QueueChanges(after.office(), after.at(), changed, removed, order);
    }

    private static ServiceChanges changes(QueueView.ServiceQueue before, QueueView.ServiceQueue after) {
        if (before == null) {
            return whole(after);
        }
        Map<String, TicketInfo> earlier = byId(before.tickets());
        Map<String, TicketInfo> later = byId(after.tickets());
        List<String> keptBefore = before.tickets().stream().map(TicketInfo::id).filter(later::containsKey).toList();
        List<String> keptAfter = after.tickets().stream().map(TicketInfo::id).filter(earlier::containsKey).toList();
        if (!keptBefore.equals(keptAfter)) {
            return whole(after);
        }
        List<String> left = before.tickets().stream().map(TicketInfo::id).filter(id -> !later.containsKey(id)).toList();
        List<TicketInfo> changed = after.tickets().stream()
                .filter(ticket -> earlier.containsKey(ticket.id()) && !earlier.get(ticket.id()).equals(ticket)).toList();
        List<Joined> joined = new ArrayList<>();
        List<TicketInfo> line = after.tickets();
        for (int index = 0; index < line.size(); index++) {
            if (!earlier.containsKey(line.get(index).id())) {
                joined.add(new Joined(index + 1 < line.size() ? line.get(index + 1).id() : null, line.get(index)));
            }
        }
        return new ServiceChanges(after.service(), after.name(), after.waiting(), after.estimatedWaitMinutes(), null, left, changed, joined);
    }

    private static ServiceChanges whole(QueueView.ServiceQueue service) {
        return new ServiceChanges(service.service(), service.name(), service.waiting(), service.estimatedWaitMinutes(),
                service.tickets(), List.of(), List.of(), List.of());
    }

    /** True when nothing a console shows differs (the view's time alone does not count). */
    @JsonIgnore
    public boolean isEmpty() {
        return services.isEmpty() && removed.isEmpty();
    }

    /** The view these changes lead to from {@code before}: what a console does with them. */
    public QueueView applyTo(QueueView before) {
        Map<String, QueueView.ServiceQueue> services = before == null ? new HashMap<>() : new HashMap<>(byService(before));
        removed.forEach(services::remove);
        for (ServiceChanges change : this.services) {
            QueueView.ServiceQueue earlier = services.get(change.service());
            List<TicketInfo> line = change.tickets() != null ? change.tickets()
                    : apply(earlier == null ? List.of() : earlier.tickets(), change);
            services.put(change.service(), new QueueView.ServiceQueue(change.service(), change.name(), change.waiting(),
                    change.estimatedWaitMinutes(), line));
        }
        return new QueueView(office, at, order.stream().map(services::get).filter(Objects::nonNull).toList());
    }

    private static List<TicketInfo> apply(List<TicketInfo> before, ServiceChanges change) {
        List<TicketInfo> line = new ArrayList<>(before);
        Set<String> left = Set.copyOf(change.left());
        line.removeIf(ticket -> left.contains(ticket.id()));
        Map<String, TicketInfo> changed = byId(change.changed());
        line.replaceAll(ticket -> changed.getOrDefault(ticket.id(), ticket));
        // From the end: each ticket stands before one that is already in place.
        for (int index = change.joined().size() - 1; index >= 0; index--) {
            Joined joined = change.joined().get(index);
            line.removeIf(ticket -> ticket.id().equals(joined.ticket().id()));
            int at = joined.before() == null ? -1 : indexOf(line, joined.before());
            line.add(at < 0 ? line.size() : at, joined.ticket());
        }
        return line;
    }

    private static int indexOf(List<TicketInfo> line, String id) {
        for (int index = 0; index < line.size(); index++) {
            if (line.get(index).id().equals(id)) {
                return index;
            }
        }
        return -1;
    }

    private static Map<String, QueueView.ServiceQueue> byService(QueueView view) {
        return view.services().stream().collect(Collectors.toMap(QueueView.ServiceQueue::service, Function.identity(),
                (first, second) -> second, LinkedHashMap::new));
    }

    private static Map<String, TicketInfo> byId(List<TicketInfo> tickets) {
        return tickets.stream().collect(Collectors.toMap(TicketInfo::id, Function.identity(), (first, second) -> second, LinkedHashMap::new));
    }
}
