package de.foyer.bench.server;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.server.demo.DemoOffice;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.storage.Database;
import de.foyer.server.web.Tokens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares the load a figure needs in the demo office. Clerks, counters and tickets go straight
 * into the tables (issuing at the kiosk would stop at closing time, and the figures are about
 * calling them); display devices are registered through the server's own device service.
 */
public final class OfficeLoad {

    public static final String OFFICE = DemoOffice.OFFICE;
    /** The waiting area of the bench counters and of every bench display. */
    public static final String AREA = "buergerbuero-a";

    private final Database database;

    public OfficeLoad(Database database) {
        this.database = database;
    }

    /** Clerks bench1…benchN (the demo clerks' password) and counters bench-1…bench-N serving every service. */
    public void addClerksAndCounters(int count) {
        database.jdbi().useTransaction(handle -> {
            handle.execute("""
                    INSERT INTO clerks (id, office_id, username, display_name, password_hash, role)
                    SELECT 'bench' || n, office_id, 'bench' || n, 'Bench ' || n, password_hash, 'CLERK'
                    FROM clerks, generate_series(1, ?) AS n WHERE id = 'clerk1'""", count);
            handle.execute("""
                    INSERT INTO counters (id, office_id, name, waiting_area_id, position)
                    SELECT 'bench-' || n, ?, 'B' || n, ?, 100 + n FROM generate_series(1, ?) AS n""", OFFICE, AREA, count);
            handle.execute("""
                    INSERT INTO counter_services (counter_id, service_id)
                    SELECT c.id, s.id FROM counters c, services s WHERE c.id LIKE 'bench-%'""");
        });
    }

    /**
     * Walk-in tickets waiting in today's queue, numbered {@code prefix00001}…, one a second from
     * 08:00 on, their services taken in turn from the catalogue.
     */
    public void addWaitingTickets(LocalDate day, String prefix, int count) {
        database.jdbi().useTransaction(handle -> handle.execute("""
                INSERT INTO tickets (id, office_id, day, number, service_id, kind, channel, status, issued_at, queued_at, link_token)
                SELECT ? || '-ticket-' || n, ?, ?, ? || lpad(n::text, 5, '0'),
                       (SELECT id FROM services ORDER BY id OFFSET (n % (SELECT count(*) FROM services)) LIMIT 1),
                       'WALK_IN', 'KIOSK', 'WAITING',
                       (? || ' 08:00:00 Europe/Berlin')::timestamptz + n * INTERVAL '1 second',
                       (? || ' 08:00:00 Europe/Berlin')::timestamptz + n * INTERVAL '1 second',
                       ? || '-link-' || n
                FROM generate_series(1, ?) AS n""",
                prefix, OFFICE, day, prefix, day.toString(), day.toString(), prefix, count));
    }

    /**
     * What autovacuum does in an office over weeks, done at once: a warm-up makes tens of thousands
     * of calls in a minute, and their dead index entries would otherwise be walked over by the
     * measured "next" until autovacuum came by.
     */
    public void vacuum() {
        database.jdbi().useHandle(handle -> handle.execute("VACUUM (ANALYZE) tickets, calls, audit_log"));
    }

    /** Ends today's waiting line, as the day's end does, so that the next measurement starts from none. */
    public void endWaiting(LocalDate day) {
        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE tickets SET status = 'NO_SHOW' WHERE office_id = ? AND day = ? AND status IN ('WAITING', 'CALLED', 'SERVING')",
                OFFICE, day));
    }

    /** Registers display devices in the bench waiting area; returns their tokens. */
    public List<String> registerDisplays(int count, Clock clock) {
        DeviceService devices = new DeviceService(database.jdbi(), new Tokens(), clock);
        List<String> tokens = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String name = String.format("bench-display-%05d", n);
            tokens.add(devices.register(OFFICE, null, new DeviceRegistration.Request(name, "display", AREA, OFFICE), null).token());
        }
        return tokens;
    }

    public List<String> ids(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    public int count(String sql, Object... arguments) {
        return database.jdbi().withHandle(handle -> {
            var query = handle.createQuery(sql);
            for (int i = 0; i < arguments.length; i++) {
                query.bind(i, arguments[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }
}
