package de.foyer.server.catalogue;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue's SQL; one instance per transaction, on that transaction's handle. */
final class CatalogueDao implements Catalogue {

    private static final RowMapper<Office> OFFICE = ConstructorMapper.of(Office.class);
    private static final RowMapper<WaitingArea> WAITING_AREA = ConstructorMapper.of(WaitingArea.class);
    private static final RowMapper<Category> CATEGORY = ConstructorMapper.of(Category.class);
    private static final RowMapper<Service> SERVICE = ConstructorMapper.of(Service.class);
    private static final RowMapper<Counter> COUNTER = ConstructorMapper.of(Counter.class);
    private static final RowMapper<OpeningHours> HOURS = ConstructorMapper.of(OpeningHours.class);

    private final Handle handle;

    CatalogueDao(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Office> offices() {
        return handle.createQuery("SELECT * FROM offices ORDER BY name").map(OFFICE).list();
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
                        JOIN counters c ON c.id = cs.counter_id WHERE c.office_id = :office""")
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
        return new HashSet<>(handle.createQuery("SELECT day FROM closures WHERE office_id = :office AND day BETWEEN :from AND :to")
                .bind("office", officeId).bind("from", from).bind("to", to).mapTo(LocalDate.class).list());
    }

    @Override
    public Optional<String> closureReason(String officeId, LocalDate day) {
        return handle.createQuery("SELECT reason FROM closures WHERE office_id = :office AND day = :day")
                .bind("office", officeId).bind("day", day).mapTo(String.class).findOne();
    }
}
