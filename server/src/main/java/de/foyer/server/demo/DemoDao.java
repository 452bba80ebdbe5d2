package de.foyer.server.demo;

import org.jdbi.v3.core.Handle;

import java.time.LocalTime;
import java.time.ZoneId;

/** The demo office's seed statements: the office, its waiting areas, catalogue, counters and hours. */
final class DemoDao {

    private final Handle handle;

    DemoDao(Handle handle) {
        this.handle = handle;
    }

    boolean noOffices() {
        return handle.createQuery("SELECT count(*) FROM offices").mapTo(Integer.class).one() == 0;
    }

    void insertOffice(String officeId, ZoneId zone, String areaA, String areaB) {
        handle.execute("INSERT INTO offices (id, name, time_zone) VALUES (?, 'Bürgerbüro im Rathaus', ?)",
                officeId, zone.getId());
        handle.execute("""
                INSERT INTO waiting_areas (id, office_id, name, names)
                VALUES (?, ?, 'Wartebereich A (Erdgeschoss)', '{"en": "Waiting area A (ground floor)"}')""", areaA, officeId);
        handle.execute("""
                INSERT INTO waiting_areas (id, office_id, name, names)
                VALUES (?, ?, 'Wartebereich B (1. Stock)', '{"en": "Waiting area B (first floor)"}')""", areaB, officeId);
    }

    void insertCategory(String id, String officeId, String ticketPrefix, String name, String nameEn, int position) {
        handle.execute("""
                        INSERT INTO categories (id, office_id, ticket_prefix, name, names, position)
                        VALUES (?, ?, ?, ?, jsonb_build_object('en', ?::text), ?)""",
                id, officeId, ticketPrefix, name, nameEn, position);
    }

    record DemoService(String id, String categoryId, int durationMinutes, boolean onlineBookable, String name,
                       String nameEn, String information, String informationEn) {
    }

    void insertService(String officeId, DemoService service, int position) {
        handle.execute("""
                        INSERT INTO services (id, office_id, category_id, duration_minutes, online_bookable,
                            name, names, information, information_texts, position)
                        VALUES (?, ?, ?, ?, ?, ?, jsonb_build_object('en', ?::text), ?, jsonb_build_object('en', ?::text), ?)""",
                service.id(), officeId, service.categoryId(), service.durationMinutes(), service.onlineBookable(),
                service.name(), service.nameEn(), service.information(), service.informationEn(), position);
    }

    /** The name (and, for a service, the information) of a category, service or waiting area in one more language. */
    void translate(String id, String language, String name, String information) {
        handle.execute("UPDATE categories SET names = names || jsonb_build_object(?::text, ?::text) WHERE id = ?", language, name, id);
        handle.execute("UPDATE waiting_areas SET names = names || jsonb_build_object(?::text, ?::text) WHERE id = ?", language, name, id);
        handle.execute("""
                        UPDATE services SET names = names || jsonb_build_object(?::text, ?::text),
                            information_texts = information_texts || jsonb_build_object(?::text, ?::text)
                        WHERE id = ?""", language, name, language, information, id);
    }

    void insertCounter(String id, String officeId, String name, String waitingAreaId, int position) {
        handle.execute("INSERT INTO counters (id, office_id, name, waiting_area_id, position) VALUES (?, ?, ?, ?, ?)",
                id, officeId, name, waitingAreaId, position);
    }

    /** The counter serves every service of the category. */
    void serveCategory(String counterId, String categoryId) {
        handle.execute("INSERT INTO counter_services (counter_id, service_id) SELECT ?, id FROM services WHERE category_id = ?",
                counterId, categoryId);
    }

    void insertOpeningHours(String officeId, int weekday, LocalTime opens, LocalTime closes) {
        handle.execute("INSERT INTO opening_hours (office_id, weekday, opens, closes) VALUES (?, ?, ?, ?)",
                officeId, weekday, opens, closes);
    }
}
