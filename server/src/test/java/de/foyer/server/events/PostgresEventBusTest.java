package de.foyer.server.events;

import de.foyer.protocol.WireJson;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events exist only once the change that made them is committed. */
class PostgresEventBusTest {

    @Test
    void aCommittedEventArrivesAndARolledBackOneNever() throws InterruptedException {
        try (Database database = TestDatabase.create();
             PostgresEventBus bus = new PostgresEventBus(database::openDedicatedConnection, WireJson.newMapper()).start()) {
            List<Event> received = new CopyOnWriteArrayList<>();
            bus.subscribe(received::add);

            assertThatThrownBy(() -> database.jdbi().useTransaction(handle -> {
                bus.publish(handle, event("rolled-back"));
                throw new IllegalStateException("the change fails after publishing");
            })).isInstanceOf(IllegalStateException.class);
            database.jdbi().useTransaction(handle -> bus.publish(handle, event("committed")));

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            // The rolled-back event was sent first; had it been delivered it would be here by now.
            Thread.sleep(200);
            assertThat(received).extracting(Event::ticketId).containsExactly("committed");
        }
    }

    /**
     * The publishing instance's subscribers have the event when the commit returns, once (its
     * NOTIFY echo is ignored); another instance on the same database gets it by NOTIFY, once.
     */
    @Test
    void theOwnInstanceHearsAtTheCommitAndAnotherByNotifyEachOnce() throws InterruptedException {
        try (Database database = TestDatabase.create();
             PostgresEventBus here = new PostgresEventBus(database::openDedicatedConnection, WireJson.newMapper()).start();
             PostgresEventBus there = new PostgresEventBus(database::openDedicatedConnection, WireJson.newMapper()).start()) {
            List<Event> heardHere = new CopyOnWriteArrayList<>();
            List<Event> heardThere = new CopyOnWriteArrayList<>();
            here.subscribe(heardHere::add);
            there.subscribe(heardThere::add);

            database.jdbi().useTransaction(handle -> {
                here.publish(handle, event("called"));
                assertThat(heardHere).as("nothing is heard before the commit").isEmpty();
            });
            assertThat(heardHere).extracting(Event::ticketId).containsExactly("called");

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (heardThere.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            // The echo reaches this instance's listener as soon as the other's: give it time to be (wrongly) passed on.
            Thread.sleep(200);
            assertThat(heardThere).extracting(Event::ticketId).containsExactly("called");
            assertThat(heardThere.get(0)).isEqualTo(heardHere.get(0));
            assertThat(heardHere).extracting(Event::ticketId).containsExactly("called");
        }
    }

    private static Event event(String ticketId) {
        return Event.ofTicket(EventType.CALLED, "buergerbuero", ticketId, "A001",
                new Event.Place("buergerbuero-1", "1", "buergerbuero-a"), Instant.parse("2026-11-24T09:00:00Z"),
                java.time.ZoneId.of("Europe/Berlin"), 0, "tr");
    }
}
