package de.foyer.server.notify;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.queue.TicketPositions.Position;
import de.foyer.server.queue.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notice a phone is due, from where the ticket stands and what the phone was told. */
class NoticeTest {

    @Test
    void fewAheadIsToldOnceWhenTheCountReachesTheWish() {
        Subscription fresh = subscription(3, false, 0);
        assertThat(Notice.due(position(TicketStatus.WAITING, 4, 0), fresh)).isEmpty();
        assertThat(Notice.due(position(TicketStatus.WAITING, 3, 0), fresh)).contains(new Notice(Notice.Kind.AHEAD, 3, 0));
        assertThat(Notice.due(position(TicketStatus.WAITING, 0, 0), fresh)).contains(new Notice(Notice.Kind.AHEAD, 0, 0));
        assertThat(Notice.due(position(TicketStatus.WAITING, 1, 0), subscription(3, true, 0))).isEmpty();
    }

    @Test
    void everyCallIsToldAndARecallAgain() {
        assertThat(Notice.due(position(TicketStatus.CALLED, 0, 0), subscription(3, false, 0)))
                .contains(new Notice(Notice.Kind.CALLED, 0, 1));
        assertThat(Notice.due(position(TicketStatus.CALLED, 0, 0), subscription(3, true, 1))).isEmpty();
        assertThat(Notice.due(position(TicketStatus.CALLED, 0, 1), subscription(3, true, 1)))
                .contains(new Notice(Notice.Kind.CALLED, 0, 2));
    }

    @Test
    void aTicketAtTheCounterOrOverIsToldNothingAndAnEndedOneIsForgotten() {
        for (TicketStatus status : TicketStatus.values()) {
            Position position = position(status, 0, 0);
            if (status != TicketStatus.WAITING && status != TicketStatus.CALLED) {
                assertThat(Notice.due(position, subscription(3, false, 0))).as(status.name()).isEqualTo(Optional.empty());
            }
            assertThat(Notice.over(position)).as(status.name())
                    .isEqualTo(status == TicketStatus.DONE || status == TicketStatus.NO_SHOW || status == TicketStatus.NOT_SERVED);
        }
    }

    private static Subscription subscription(int aheadAt, boolean aheadSent, int callsSent) {
        return new Subscription(1, "token", "https://push.example/1", "key", "auth", null, aheadAt, aheadSent, callsSent);
    }

    private static Position position(TicketStatus status, int ahead, int recalls) {
        return new Position("token", "buergerbuero", "Bürgerbüro", "C003", "Anmeldung", "Registration", "Wartebereich A",
                "Waiting area A", status, ahead, ahead * 10, status.atCounter() ? "4" : null, recalls, OffsetDateTime.parse("2026-11-24T10:00:00+01:00"),
                CitizenLanguage.EN, "Registration", "Waiting area A");
    }
}
