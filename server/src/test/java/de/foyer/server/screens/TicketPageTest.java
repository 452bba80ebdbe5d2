package de.foyer.server.screens;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.queue.TicketPositions.Position;
import de.foyer.server.queue.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Which section the ticket page shows, and when a change is worth sending. */
class TicketPageTest {

    private static final OffsetDateTime TEN = OffsetDateTime.parse("2026-11-24T10:00:00+01:00");

    @Test
    void aWaitingTicketShowsItsPlaceUntilNobodyIsAheadThenThatItIsNext() {
        assertThat(TicketPage.of(position(TicketStatus.WAITING, 3, null)).view()).isEqualTo(TicketPage.View.WAITING);
        assertThat(TicketPage.of(position(TicketStatus.WAITING, 0, null)).view()).isEqualTo(TicketPage.View.NEXT);
    }

    @Test
    void aCalledTicketShowsItsCounterAndTheLaterStagesTheirOwnSections() {
        TicketPage called = TicketPage.of(position(TicketStatus.CALLED, 0, "3"));
        assertThat(called.view()).isEqualTo(TicketPage.View.CALLED);
        assertThat(called.counter()).isEqualTo("3");
        assertThat(TicketPage.of(position(TicketStatus.SERVING, 0, "3")).view()).isEqualTo(TicketPage.View.SERVING);
        assertThat(TicketPage.of(position(TicketStatus.DONE, 0, null)).view()).isEqualTo(TicketPage.View.DONE);
        assertThat(TicketPage.of(position(TicketStatus.NO_SHOW, 0, null)).view()).isEqualTo(TicketPage.View.NO_SHOW);
    }

    @Test
    void onlyAChangeOfWhatThePageShowsCountsNotThePassingTime() {
        TicketPage now = TicketPage.of(position(TicketStatus.WAITING, 2, null));
        TicketPage later = new TicketPage(now.view(), now.number(), now.ahead(), now.waitMinutes(), now.counter(), now.recalls(),
                now.serviceName(), now.serviceNameEn(), now.waitingAreaName(), now.waitingAreaNameEn(), now.officeName(), "10:07", now.language(),
                now.serviceNameInLanguage(), now.waitingAreaNameInLanguage());
        assertThat(later.differsFrom(now)).isFalse();
        assertThat(TicketPage.of(position(TicketStatus.WAITING, 1, null)).differsFrom(now)).isTrue();
        assertThat(now.differsFrom(null)).isTrue();
        assertThat(now.at()).isEqualTo("10:00");
    }

    private static Position position(TicketStatus status, int ahead, String counter) {
        return new Position("token", "buergerbuero", "Bürgerbüro", "C003", "Anmeldung", "Registration", "Wartebereich A",
                "Waiting area A", status, ahead, ahead * 10, counter, 0, TEN, CitizenLanguage.DE, "Anmeldung", "Wartebereich A");
    }
}
