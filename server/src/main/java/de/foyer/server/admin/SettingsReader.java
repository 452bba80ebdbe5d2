package de.foyer.server.admin;

import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.catalogue.Service;
import de.foyer.server.devices.RegisteredDevices;
import de.foyer.server.queue.StoredQueueRules;
import de.foyer.server.staff.Clerks;
import de.foyer.server.staff.LoginThrottle;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the office's settings in one snapshot, for the API and the settings page. */
final class SettingsReader {

    /** Devices send a heartbeat every half minute or so; two minutes of silence means offline. */
    static final Duration ONLINE_WITHIN = Duration.ofMinutes(2);

    private final Jdbi jdbi;
    private final Clock clock;

    SettingsReader(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    SettingsView read(String officeId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Instant now = clock.instant();
            Catalogue catalogue = Catalogue.on(handle);
            Office office = CatalogueService.requireOffice(catalogue, officeId);
            Map<String, Set<String>> served = catalogue.servicesByCounter(officeId);
            Map<Integer, String> hours = new TreeMap<>();
            for (int weekday = 1; weekday <= 7; weekday++) {
                int day = weekday;
                List<OpeningHours> periods = catalogue.openingHours(officeId).stream().filter(h -> h.weekday() == day).toList();
                hours.put(weekday, HoursText.format(periods));
            }
            return new SettingsView(officeId, OfficeDetails.View.of(catalogue, office), catalogue.categories(officeId), catalogue.services(officeId),
                    catalogue.counters(officeId).stream().map(counter -> new SettingsView.CounterRow(counter.id(), counter.name(),
                            counter.waitingAreaId(), counter.state(),
                            served.getOrDefault(counter.id(), Set.of()).stream().sorted().toList())).toList(),
                    catalogue.waitingAreas(officeId), hours, closures(catalogue, officeId, now),
                    StoredBookingRules.on(handle).of(officeId), maxRecalls(handle, officeId),
                    RegisteredDevices.on(handle).ofOffice(officeId).stream().map(device -> new SettingsView.DeviceRow(device.id(), device.name(),
                            device.kind(), device.waitingAreaId(), device.lastSeen(),
                            device.lastSeen() != null && device.lastSeen().isAfter(now.minus(ONLINE_WITHIN)),
                            device.printerStatus(), RegisteredDevices.on(handle).officesOf(device))).toList(),
                    new NoticeDao(handle).ofOffice(officeId), clerks(handle, officeId, now), retired(catalogue, officeId));
        });
    }

    /** What the office took out of service, services first, each by name. */
    private static List<SettingsView.RetiredRow> retired(Catalogue catalogue, String officeId) {
        List<SettingsView.RetiredRow> retired = new ArrayList<>();
        catalogue.allServices(officeId).stream().filter(Service::retired)
                .forEach(service -> retired.add(new SettingsView.RetiredRow(SettingsView.Retired.SERVICE, service.id(), service.name())));
        catalogue.allCounters(officeId).stream().filter(Counter::retired)
                .forEach(counter -> retired.add(new SettingsView.RetiredRow(SettingsView.Retired.COUNTER, counter.id(), counter.name())));
        return retired;
    }

    static int maxRecalls(Handle handle, String officeId) {
        return StoredQueueRules.on(handle).maxRecalls(officeId).orElse(2);
    }

    /** The closures from yesterday on; earlier ones are history and not listed. */
    private static List<SettingsView.ClosureRow> closures(Catalogue catalogue, String officeId, Instant now) {
        return catalogue.closuresFrom(officeId, LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1)).stream()
                .map(closure -> new SettingsView.ClosureRow(closure.day(), closure.reason())).toList();
    }

    private static List<SettingsView.ClerkRow> clerks(Handle handle, String officeId, Instant now) {
        Clerks clerks = Clerks.on(handle);
        return clerks.ofOffice(officeId).stream().map(clerk -> new SettingsView.ClerkRow(clerk.id(), clerk.username(),
                clerk.displayName(), clerk.role(), clerk.active(),
                clerks.lockedUntil(LoginThrottle.key(clerk.username()), now).orElse(null), clerks.officesOf(clerk))).toList();
    }
}
