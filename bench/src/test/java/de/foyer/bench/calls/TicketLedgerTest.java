package de.foyer.bench.calls;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.server.OfficeLoad;
import de.foyer.bench.server.SharedPostgres;
import de.foyer.server.storage.Database;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check after "calls per second" must catch a ticket lost or handed out twice. */
class TicketLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void acceptsEveryTicketCalledOnceAndDone() {
        try (Database database = SharedPostgres.database("ledger")) {
            OfficeLoad load = new OfficeLoad(database);
            load.addWaitingTickets(DAY, "T", 2);
            callAndFinish(database, "T-ticket-1", "T-ticket-2");

            TicketLedger.verify(load, 2, List.of("T-ticket-1", "T-ticket-2"));
        }
    }

    @Test
    void failsLoudlyWhenATicketStillWaitsOrWentToTwoClerks() {
        try (Database database = SharedPostgres.database("ledger")) {
            OfficeLoad load = new OfficeLoad(database);
            load.addWaitingTickets(DAY, "T", 3);
            callAndFinish(database, "T-ticket-1", "T-ticket-2");

            assertThatThrownBy(() -> TicketLedger.verify(load, 3, List.of("T-ticket-1", "T-ticket-2", "T-ticket-2")))
                    .isInstanceOf(BenchFailure.class)
                    .hasMessageContaining("1 tickets were handed to two clerks");
            assertThatThrownBy(() -> TicketLedger.verify(load, 3, List.of("T-ticket-1", "T-ticket-2")))
                    .isInstanceOf(BenchFailure.class)
                    .hasMessageContaining("1 tickets are still waiting");
        }
    }

    /** What twenty "next"s leave behind, written directly: a call each, the ticket done. */
    private static void callAndFinish(Database database, String... ids) {
        database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO counters (id, office_id, name, waiting_area_id) VALUES ('t-1', 'buergerbuero', 'T1', 'buergerbuero-a')");
            for (String id : ids) {
                handle.execute("UPDATE tickets SET status = 'DONE', counter_id = 't-1', called_at = now(), finished_at = now() WHERE id = ?", id);
                handle.execute("INSERT INTO calls (ticket_id, office_id, counter_id, called_at) VALUES (?, 'buergerbuero', 't-1', now())", id);
            }
        });
    }
}
