package de.foyer.server.events;

import de.foyer.protocol.QueueView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in an office's queue view, service by service: the services whose line or wait
 * changed (in full), the services that are gone, and the order of all. Each part is absolute, so
 * applying the same changes twice, or to a view that already has them, changes nothing.
 */
public record QueueChanges(String office, OffsetDateTime at, List<QueueView.ServiceQueue> services,
                           List<String> removed, List<String> order) {

    /** The changes that turn {@code before} (null: nothing yet) into {@code after}. */
    public static QueueChanges between(QueueView before, QueueView after) {
        Map<String, QueueView.ServiceQueue> earlier = before == null ? Map.of()
                : before.services().stream().collect(Collectors.toMap(QueueView.ServiceQueue::service, Function.identity()));
        Set<String> now = after.services().stream().map(QueueView.ServiceQueue::service).collect(Collectors.toSet());
        List<QueueView.ServiceQueue> changed = after.services().stream()
                .filter(service -> !Objects.equals(earlier.get(service.service()), service))
                .toList();
        List<String> removed = earlier.keySet().stream().filter(service -> !now.contains(service)).sorted().toList();
        List<String> order = after.services().stream().map(QueueView.ServiceQueue::service).toList();
        return new QueueChanges(after.office(), after.at(), changed, removed, order);
    }

    /** True when nothing a console shows differs (the view's time alone does not count). */
    public boolean isEmpty() {
        return services.isEmpty() && removed.isEmpty();
    }

    /** The view these changes lead to from {@code before}: what a console does with them. */
    public QueueView applyTo(QueueView before) {
        Map<String, QueueView.ServiceQueue> services = before == null ? new java.util.HashMap<>()
                : before.services().stream().collect(Collectors.toMap(QueueView.ServiceQueue::service, Function.identity(),
                        (first, second) -> second, java.util.HashMap::new));
        removed.forEach(services::remove);
        this.services.forEach(service -> services.put(service.service(), service));
        return new QueueView(office, at, order.stream().map(services::get).filter(Objects::nonNull).toList());
    }
}
