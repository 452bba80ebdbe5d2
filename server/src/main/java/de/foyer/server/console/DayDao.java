package de.foyer.server.console;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads a day's appointments for the day list; nothing here changes anything. */
final class DayDao {

    private final Handle handle;

    DayDao(Handle handle) {
        this.handle = handle;
    }

    record CounterRow(String id, String officeId, String name) {
    }

    Optional<CounterRow> counter(String counterId) {
        return handle.createQuery("SELECT id, office_id, name FROM counters WHERE id = :id")
                .bind("id", counterId).map(ConstructorMapper.of(CounterRow.class)).findOne();
    }

    List<CounterRow> counters(String officeId) {
        return handle.createQuery("SELECT id, office_id, name FROM counters WHERE office_id = :office ORDER BY position, name")
                .bind("office", officeId).map(ConstructorMapper.of(CounterRow.class)).list();
    }

    /**
     * The office's appointments of the day by time, cancelled ones left out; with a counter, only
     * those for the services it serves.
     */
    List<DaySheet.Appointment> appointments(String officeId, LocalDate day, String counterId) {
        return handle.createQuery("""
                        SELECT b.starts_at AS start, b.ends_at AS "end", b.name, b.phone, b.code, b.service_id AS service,
                               s.name AS service_name, b.persons, b.status, t.number AS ticket_number
                        FROM bookings b JOIN services s ON s.id = b.service_id
                        LEFT JOIN tickets t ON t.id = b.ticket_id
                        WHERE b.office_id = :office AND b.day = :day AND b.status NOT IN ('CANCELLED', 'HELD')
                          AND (CAST(:counter AS text) IS NULL OR b.service_id IN
                               (SELECT service_id FROM counter_services WHERE counter_id = :counter))
                        ORDER BY b.starts_at, s.name, b.code""")
                .bind("office", officeId).bind("day", day).bind("counter", counterId)
                .map(ConstructorMapper.of(DaySheet.Appointment.class)).list();
    }
}
