package de.foyer.server.admin;

import de.foyer.server.booking.BookingDao;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.devices.DeviceDao;
import de.foyer.server.staff.ClerkDao;
import de.foyer.server.staff.LoginThrottle;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        return jdbi.inTransaction(handle -> {
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            Instant now = clock.instant();
            Catalogue catalogue = Catalogue.on(handle);
            CatalogueService.requireOffice(catalogue, officeId);
            Map<String, Set<String>> served = catalogue.servicesByCounter(officeId);
            Map<Integer, String> hours = new TreeMap<>();
            for (int weekday = 1; weekday <= 7; weekday++) {
                int day = weekday;
                List<OpeningHours> periods = catalogue.openingHours(officeId).stream().filter(h -> h.weekday() == day).toList();
                hours.put(weekday, HoursText.format(periods));
            }
            return new SettingsView(officeId, catalogue.categories(officeId), catalogue.services(officeId),
                    catalogue.counters(officeId).stream().map(counter -> new SettingsView.CounterRow(counter.id(), counter.name(),
                            counter.waitingAreaId(), counter.state(),
                            served.getOrDefault(counter.id(), Set.of()).stream().sorted().toList())).toList(),
                    catalogue.waitingAreas(officeId), hours, closures(handle, officeId, now),
                    new BookingDao(handle).rules(officeId), maxRecalls(handle, officeId),
                    new DeviceDao(handle).all(officeId).stream().map(device -> new SettingsView.DeviceRow(device.id(), device.name(),
                            device.kind(), device.waitingAreaId(), device.lastSeen(),
                            device.lastSeen() != null && device.lastSeen().isAfter(now.minus(ONLINE_WITHIN)),
                            device.printerStatus())).toList(),
                    notices(handle, officeId), clerks(handle, officeId, now));
        });
    }

    static int maxRecalls(Handle handle, String officeId) {
        return handle.createQuery("SELECT max_recalls FROM queue_rules WHERE office_id = :office")
                .bind("office", officeId).mapTo(Integer.class).findOne().orElse(2);
    }

    private static List<SettingsView.ClosureRow> closures(Handle handle, String officeId, Instant now) {
        return handle.createQuery("SELECT day, reason FROM closures WHERE office_id = :office AND day >= :since ORDER BY day")
                .bind("office", officeId).bind("since", LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(1))
                .map(ConstructorMapper.of(SettingsView.ClosureRow.class)).list();
    }

    private static List<SettingsView.NoticeRow> notices(Handle handle, String officeId) {
        return handle.createQuery("""
                        SELECT id, text_de AS text, text_en, waiting_area_id AS waiting_area, shown_from, shown_until
                        FROM notices WHERE office_id = :office ORDER BY created_at""")
                .bind("office", officeId).map(ConstructorMapper.of(SettingsView.NoticeRow.class)).list();
    }

    private static List<SettingsView.ClerkRow> clerks(Handle handle, String officeId, Instant now) {
        return new ClerkDao(handle).ofOffice(officeId).stream().map(clerk -> {
            Instant locked = handle.createQuery("SELECT locked_until FROM login_attempts WHERE username_key = :key AND locked_until > :now")
                    .bind("key", LoginThrottle.key(clerk.username())).bind("now", now).mapTo(Instant.class).findOne().orElse(null);
            return new SettingsView.ClerkRow(clerk.id(), clerk.username(), clerk.displayName(), clerk.role(), clerk.active(), locked);
        }).toList();
    }
}
