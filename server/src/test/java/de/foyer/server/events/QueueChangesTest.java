package de.foyer.server.events;

import de.foyer.protocol.QueueView;
import de.foyer.protocol.TicketInfo;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The consoles' changes: small when little changed, and they always add up to the new view. */
class QueueChangesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-24T10:00:00+01:00");

    @Test
    void aCallInALongLineSendsOneTicketIdAndTheFigures() {
        List<TicketInfo> line = new ArrayList<>();
        for (int n = 0; n < 1_000; n++) {
            line.add(ticket(n, 0));
        }
        QueueView before = view(service("anmeldung", line), service("pass", List.of(ticket(5_000, 0))));
        QueueView after = view(service("anmeldung", line.subList(1, line.size())), service("pass", List.of(ticket(5_000, 0))));

        QueueChanges changes = QueueChanges.between(before, after);

        assertThat(changes.services()).hasSize(1);
        QueueChanges.ServiceChanges anmeldung = changes.services().get(0);
        assertThat(anmeldung.tickets()).isNull();
        assertThat(anmeldung.left()).containsExactly("t0");
        assertThat(anmeldung.changed()).isEmpty();
        assertThat(anmeldung.joined()).isEmpty();
        assertThat(changes.applyTo(before)).isEqualTo(after);
    }

    @Test
    void randomChangesAlwaysAddUpToTheNewViewAndApplyingThemTwiceChangesNothing() {
        Random random = new Random(15);
        QueueView view = view(service("a", List.of()), service("b", List.of()));
        int next = 0;
        for (int step = 0; step < 2_000; step++) {
            List<QueueView.ServiceQueue> services = new ArrayList<>();
            for (QueueView.ServiceQueue service : view.services()) {
                List<TicketInfo> line = new ArrayList<>(service.tickets());
                int edits = random.nextInt(4);
                for (int edit = 0; edit < edits; edit++) {
                    switch (random.nextInt(5)) {
                        case 0, 1 -> line.add(random.nextInt(line.size() + 1), ticket(next++, 0));
                        case 2 -> { if (!line.isEmpty()) { line.remove(random.nextInt(line.size())); } }
                        case 3 -> { if (!line.isEmpty()) { int at = random.nextInt(line.size()); line.set(at, ticket(line.get(at), 1)); } }
                        default -> { if (line.size() > 1) { line.add(random.nextInt(line.size()), line.remove(random.nextInt(line.size()))); } }
                    }
                }
                services.add(service(service.service(), line));
            }
            if (random.nextInt(10) == 0) {
                services.add(services.remove(0));
            }
            QueueView after = new QueueView("office", AT.plusSeconds(step), services);
            QueueChanges changes = QueueChanges.between(view, after);
            assertThat(changes.applyTo(view)).as("step %d", step).isEqualTo(after);
            assertThat(changes.applyTo(changes.applyTo(view))).as("twice, step %d", step).isEqualTo(after);
            view = after;
        }
    }

    private static QueueView view(QueueView.ServiceQueue... services) {
        return new QueueView("office", AT, List.of(services));
    }

    private static QueueView.ServiceQueue service(String id, List<TicketInfo> tickets) {
        return new QueueView.ServiceQueue(id, id, tickets.size(), tickets.size() * 5, List.copyOf(tickets));
    }

    private static TicketInfo ticket(int n, int recalls) {
        return new TicketInfo("t" + n, "A" + n, "anmeldung", "area", null, "WALK_IN", "WAITING", 1, AT, null, null, null, recalls);
    }

    private static TicketInfo ticket(TicketInfo ticket, int recalls) {
        return new TicketInfo(ticket.id(), ticket.number(), ticket.service(), ticket.waitingArea(), null, ticket.kind(), "WAITING", 2,
                ticket.issuedAt(), null, null, null, ticket.recalls() + recalls);
    }
}
