package de.foyer.server.catalogue;

import de.foyer.server.storage.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue's SQL; one instance per transaction, on that transaction's handle. */
final class CatalogueDao implements Catalogue, CatalogueChanges {

    private static final RowMapper<Office> OFFICE = ConstructorMapper.of(Office.class);
    private static final RowMapper<WaitingArea> WAITING_AREA = ConstructorMapper.of(WaitingArea.class);
    private static final RowMapper<Category> CATEGORY = ConstructorMapper.of(Category.class);
    private static final RowMapper<Service> SERVICE = ConstructorMapper.of(Service.class);
    /** Written out, as the ticket's mapper is: every "next" locks its counter, and the reflective mapper matched the columns anew each time. */
    private static final RowMapper<Counter> COUNTER = (rs, ctx) -> new Counter(rs.getString("id"), rs.getString("office_id"),
            rs.getString("name"), rs.getString("waiting_area_id"), rs.getInt("position"), CounterState.valueOf(rs.getString("state")),
            rs.getString("clerk_id"), Columns.instant(rs, "state_since"), Columns.instant(rs, "retired_at"));
    private static final RowMapper<OpeningHours> HOURS = ConstructorMapper.of(OpeningHours.class);
    private static final RowMapper<Closure> CLOSURE = ConstructorMapper.of(Closure.class);

    private final Handle handle;

    CatalogueDao(Handle handle) {
        this.handle = handle;
        handle.registerColumnMapper(Translations.class, Translations.COLUMN);
    }

    @Override
    public List<Office> offices() {
        return handle.createQuery("SELECT * FROM offices ORDER BY name").map(OFFICE).list();
    }

    @Override
    public List<Office> activeOffices() {
        return handle.createQuery("SELECT * FROM offices WHERE retired_at IS NULL ORDER BY name").map(OFFICE).list();
    }

    @Override
    public Optional<Office> office(String id) {
        return handle.createQuery("SELECT * FROM offices WHERE id = :id").bind("id", id).map(OFFICE).findOne();
    }

    @Override
    public List<WaitingArea> waitingAreas(String officeId) {
        return handle.createQuery("SELECT * FROM waiting_areas WHERE office_id = :office ORDER BY name")
                .bind("office", officeId).map(WAITING_AREA).list();
    }

    @Override
    public Optional<WaitingArea> waitingArea(String id) {
        return handle.createQuery("SELECT * FROM waiting_areas WHERE id = :id").bind("id", id).map(WAITING_AREA).findOne();
    }

    @Override
    public List<Category> categories(String officeId) {
        return handle.createQuery("SELECT * FROM categories WHERE office_id = :office ORDER BY position, name")
                .bind("office", officeId).map(CATEGORY).list();
    }

    @Override
    public List<Service> services(String officeId) {
        return handle.createQuery("SELECT * FROM services WHERE office_id = :office AND retired_at IS NULL ORDER BY position, name")
                .bind("office", officeId).map(SERVICE).list();
    }

    @Override
    public List<Service> allServices(String officeId) {
        return handle.createQuery("SELECT * FROM services WHERE office_id = :office ORDER BY position, name")
                .bind("office", officeId).map(SERVICE).list();
    }

    @Override
    public Optional<Service> service(String id) {
        return handle.createQuery("SELECT * FROM services WHERE id = :id").bind("id", id).map(SERVICE).findOne();
    }

    @Override
    public Optional<Category> category(String id) {
        return handle.createQuery("SELECT * FROM categories WHERE id = :id").bind("id", id).map(CATEGORY).findOne();
    }

    @Override
    public List<Counter> counters(String officeId) {
        return handle.createQuery("SELECT * FROM counters WHERE office_id = :office AND retired_at IS NULL ORDER BY position, name")
                .bind("office", officeId).map(COUNTER).list();
    }

    @Override
    public long version() {
        return handle.createQuery("SELECT coalesce(max(version), 0) FROM catalogue_version").mapTo(Long.class).one();
    }

    @Override
    public List<Counter> allCounters(String officeId) {
        return handle.createQuery("SELECT * FROM counters WHERE office_id = :office ORDER BY position, name")
                .bind("office", officeId).map(COUNTER).list();
    }

    @Override
    public Optional<Counter> counter(String id) {
        return handle.createQuery("SELECT * FROM counters WHERE id = :id").bind("id", id).map(COUNTER).findOne();
    }

    @Override
    public Optional<Counter> lockCounter(String id) {
        return handle.createQuery("SELECT * FROM counters WHERE id = :id FOR UPDATE").bind("id", id).map(COUNTER).findOne();
    }

    @Override
    public Map<String, Set<String>> servicesByCounter(String officeId) {
        Map<String, Set<String>> result = new HashMap<>();
        handle.createQuery("""
                        SELECT cs.counter_id, cs.service_id FROM counter_services cs
                        JOIN counters c ON c.id = cs.counter_id WHERE c.office_id = :office AND c.retired_at IS NULL""")
                .bind("office", officeId)
                .map((rs, ctx) -> Map.entry(rs.getString("counter_id"), rs.getString("service_id")))
                .forEach(entry -> result.computeIfAbsent(entry.getKey(), key -> new HashSet<>()).add(entry.getValue()));
        return result;
    }

    @Override
    public List<OpeningHours> openingHours(String officeId) {
        return handle.createQuery("SELECT weekday, opens, closes FROM opening_hours WHERE office_id = :office ORDER BY weekday, opens")
                .bind("office", officeId).map(HOURS).list();
    }

    @Override
    public Set<LocalDate> closures(String officeId, LocalDate from, LocalDate to) {
        // A retired office is closed on every day from the one it was retired on, in its own time zone.
        return new HashSet<>(handle.createQuery("""
                        SELECT day FROM closures WHERE office_id = :office AND day BETWEEN :from AND :to
                        UNION
                        SELECT d::date FROM offices o,
                            generate_series(greatest(CAST(:from AS date), (o.retired_at AT TIME ZONE o.time_zone)::date), CAST(:to AS date),
                                interval '1 day') d
                        WHERE o.id = :office AND o.retired_at IS NOT NULL""")
                .bind("office", officeId).bind("from", from).bind("to", to).mapTo(LocalDate.class).list());
    }

    @Override
    public boolean retireOffice(String officeId, Instant at) {
        return handle.createUpdate("UPDATE offices SET retired_at = :at WHERE id = :id AND retired_at IS NULL")
                .bind("id", officeId).bind("at", at).execute() == 1;
    }

    @Override
    public boolean reinstateOffice(String officeId) {
        return handle.createUpdate("UPDATE offices SET retired_at = NULL WHERE id = :id AND retired_at IS NOT NULL")
                .bind("id", officeId).execute() == 1;
    }

    @Override
    public Optional<String> closureReason(String officeId, LocalDate day) {
        return handle.createQuery("SELECT reason FROM closures WHERE office_id = :office AND day = :day")
                .bind("office", officeId).bind("day", day).mapTo(String.class).findOne();
    }

    @Override
    public List<Closure> closuresFrom(String officeId, LocalDate since) {
        return handle.createQuery("SELECT day, reason FROM closures WHERE office_id = :office AND day >= :since ORDER BY day")
                .bind("office", officeId).bind("since", since).map(CLOSURE).list();
    }

    @Override
    public void addOffice(Office office) {
        handle.createUpdate("""
                        INSERT INTO offices (id, name, short_name, street, postal_code, city, phone, email, web, state, time_zone,
                            operator, data_protection_officer)
                        VALUES (:id, :name, :shortName, :street, :postalCode, :city, :phone, :email, :web, :state, :timeZone,
                            :operator, :dataProtectionOfficer)""")
                .bindMethods(office).execute();
    }

    @Override
    public void addWaitingArea(WaitingArea area) {
        handle.createUpdate("INSERT INTO waiting_areas (id, office_id, name, names) VALUES (:id, :officeId, :name, CAST(:names AS jsonb))")
                .bind("id", area.id()).bind("officeId", area.officeId()).bind("name", area.name()).bind("names", area.names().json())
                .execute();
    }

    @Override
    public void addCounter(String counterId, String officeId, String name, String waitingAreaId, Collection<String> services) {
        handle.createUpdate("""
                        INSERT INTO counters (id, office_id, name, waiting_area_id, position)
                        VALUES (:id, :office, :name, :area, (SELECT coalesce(max(position), 0) + 1 FROM counters WHERE office_id = :office))""")
                .bind("id", counterId).bind("office", officeId).bind("name", name).bind("area", waitingAreaId).execute();
        changeCounter(counterId, name, waitingAreaId, services);
    }

    @Override
    public void lockOffice(String officeId) {
        handle.createQuery("SELECT id FROM offices WHERE id = :id FOR UPDATE").bind("id", officeId).mapTo(String.class).findOne();
    }

    @Override
    public void changeOffice(Office office) {
        handle.createUpdate("""
                        UPDATE offices SET name = :name, short_name = :shortName, street = :street, postal_code = :postalCode,
                            city = :city, phone = :phone, email = :email, web = :web, state = :state, time_zone = :timeZone,
                            operator = :operator, data_protection_officer = :dataProtectionOfficer
                        WHERE id = :id""")
                .bindMethods(office).execute();
    }

    @Override
    public void saveService(Service service) {
        handle.createUpdate("""
                        INSERT INTO services (id, office_id, category_id, name, names, duration_minutes, information, information_texts,
                            leika, online_bookable, position)
                        VALUES (:id, :officeId, :categoryId, :name, CAST(:namesJson AS jsonb), :durationMinutes, :information,
                            CAST(:informationJson AS jsonb), :leika, :onlineBookable,
                            (SELECT coalesce(max(position), 0) + 1 FROM services WHERE office_id = :officeId))
                        ON CONFLICT (id) DO UPDATE SET category_id = :categoryId, name = :name, names = CAST(:namesJson AS jsonb),
                            duration_minutes = :durationMinutes, information = :information,
                            information_texts = CAST(:informationJson AS jsonb),
                            leika = :leika, online_bookable = :onlineBookable, retired_at = :retiredAt""")
                .bindMethods(service).bind("namesJson", service.names().json())
                .bind("informationJson", service.informationTexts().json()).execute();
    }

    @Override
    public void addCategory(Category category) {
        handle.createUpdate("""
                        INSERT INTO categories (id, office_id, name, names, ticket_prefix, position)
                        VALUES (:id, :officeId, :name, CAST(:namesJson AS jsonb), :ticketPrefix,
                            (SELECT coalesce(max(position), 0) + 1 FROM categories WHERE office_id = :officeId))""")
                .bind("id", category.id()).bind("officeId", category.officeId()).bind("name", category.name())
                .bind("namesJson", category.names().json()).bind("ticketPrefix", category.ticketPrefix()).execute();
    }

    @Override
    public void renameCategory(String categoryId, String name, Translations names) {
        handle.createUpdate("UPDATE categories SET name = :name, names = CAST(:names AS jsonb) WHERE id = :id")
                .bind("id", categoryId).bind("name", name).bind("names", names.json()).execute();
    }

    @Override
    public void changeCounter(String counterId, String name, String waitingAreaId, Collection<String> services) {
        handle.createUpdate("UPDATE counters SET name = :name, waiting_area_id = :area WHERE id = :id")
                .bind("id", counterId).bind("name", name).bind("area", waitingAreaId).execute();
        handle.createUpdate("DELETE FROM counter_services WHERE counter_id = :id").bind("id", counterId).execute();
        for (String service : services) {
            handle.createUpdate("INSERT INTO counter_services (counter_id, service_id) VALUES (:counter, :service)")
                    .bind("counter", counterId).bind("service", service).execute();
        }
    }

    @Override
    public void replaceOpeningHours(String officeId, Collection<Integer> weekdays, List<OpeningHours> periods) {
        for (int weekday : weekdays) {
            handle.createUpdate("DELETE FROM opening_hours WHERE office_id = :office AND weekday = :weekday")
                    .bind("office", officeId).bind("weekday", weekday).execute();
        }
        for (OpeningHours period : periods) {
            handle.createUpdate("INSERT INTO opening_hours (office_id, weekday, opens, closes) VALUES (:office, :weekday, :opens, :closes)")
                    .bind("office", officeId).bind("weekday", period.weekday()).bind("opens", period.opens())
                    .bind("closes", period.closes()).execute();
        }
    }

    @Override
    public void putClosure(String officeId, Closure closure) {
        handle.createUpdate("""
                        INSERT INTO closures (office_id, day, reason) VALUES (:office, :day, :reason)
                        ON CONFLICT (office_id, day) DO UPDATE SET reason = :reason""")
                .bind("office", officeId).bind("day", closure.day()).bind("reason", closure.reason()).execute();
    }

    @Override
    public boolean removeClosure(String officeId, LocalDate day) {
        return handle.createUpdate("DELETE FROM closures WHERE office_id = :office AND day = :day")
                .bind("office", officeId).bind("day", day).execute() > 0;
    }

    @Override
    public void retireService(String serviceId, Instant at) {
        handle.createUpdate("UPDATE services SET retired_at = :at WHERE id = :id AND retired_at IS NULL")
                .bind("id", serviceId).bind("at", at).execute();
    }

    @Override
    public void retireCounter(String counterId, Instant at) {
        handle.createUpdate("UPDATE counters SET retired_at = :at WHERE id = :id AND retired_at IS NULL")
                .bind("id", counterId).bind("at", at).execute();
    }

    @Override
    public void reinstateService(String serviceId) {
        handle.createUpdate("UPDATE services SET retired_at = NULL WHERE id = :id").bind("id", serviceId).execute();
    }

    @Override
    public void reinstateCounter(String counterId) {
        handle.createUpdate("UPDATE counters SET retired_at = NULL WHERE id = :id").bind("id", counterId).execute();
    }
}
