package de.foyer.server.catalogue;

import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue as other features read it, on the caller's own transaction (a ticket drawn, a time
 * booked, a counter opened each read what they need beside their own writes). How it is stored stays
 * inside this package.
 */
public interface Catalogue {

    static Catalogue on(Handle handle) {
        return new CatalogueDao(handle);
    }

    /**
     * A number that every committed change to offices, services, opening hours, closures, booking
     * rules or the counters an office has raises (V61): what was read after seeing it is at least
     * that fresh.
     */
    long version();

    /** Every office, retired ones too: jobs such as the erasure of personal data go through them all. */
    List<Office> offices();

    /** The offices open for business: what citizens, kiosks and staff choose from. */
    List<Office> activeOffices();

    Optional<Office> office(String id);

    List<WaitingArea> waitingAreas(String officeId);

    Optional<WaitingArea> waitingArea(String id);

    List<Category> categories(String officeId);

    Optional<Category> category(String id);

    /** The services the office offers: retired ones left out. */
    List<Service> services(String officeId);

    /** Every service the office ever had, retired ones too: for its settings, imports and the names in its history. */
    List<Service> allServices(String officeId);

    Optional<Service> service(String id);

    /** The office's counters in service: retired ones left out. */
    List<Counter> counters(String officeId);

    /** Every counter the office ever had, retired ones too: for its settings. */
    List<Counter> allCounters(String officeId);

    Optional<Counter> counter(String id);

    /** The counter, locked until the transaction ends: one change of a counter at a time. */
    Optional<Counter> lockCounter(String id);

    /** Which services each counter of the office in service serves. */
    Map<String, Set<String>> servicesByCounter(String officeId);

    /** The services some counter of the office in service serves (see {@link Service#offeredOnline}). */
    default Set<String> servedServices(String officeId) {
        return servicesByCounter(officeId).values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** The office's services as citizens are offered them: online only where a counter serves them. */
    default List<Service> offeredServices(String officeId) {
        Set<String> served = servedServices(officeId);
        return services(officeId).stream().map(service -> service.offeredOnline(served)).toList();
    }

    /** The service as citizens are offered it (see {@link #offeredServices}). */
    default Optional<Service> offeredService(String id) {
        return service(id).map(service -> service.offeredOnline(servedServices(service.officeId())));
    }

    List<OpeningHours> openingHours(String officeId);

    Set<LocalDate> closures(String officeId, LocalDate from, LocalDate to);

    Optional<String> closureReason(String officeId, LocalDate day);

    /** The office's closures from the day on, earliest first. */
    List<Closure> closuresFrom(String officeId, LocalDate since);

    /** Whether the office is open on the day: its hours, less its closures and its state's public holidays. */
    default OpeningRules openingRules(Office office, LocalDate day, PublicHolidays holidays) {
        Set<LocalDate> closed = new HashSet<>(closures(office.id(), day, day));
        if (holidays.isHoliday(day, office.state())) {
            closed.add(day);
        }
        return new OpeningRules(openingHours(office.id()), closed);
    }
}
