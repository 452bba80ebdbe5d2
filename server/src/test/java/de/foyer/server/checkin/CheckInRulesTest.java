package de.foyer.server.checkin;

import de.foyer.server.booking.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of when a booked citizen may check in (window 30 minutes before to 10 after). */
class CheckInRulesTest {

    private static final LocalDateTime TEN_THIRTY = LocalDateTime.of(2026, 11, 24, 10, 30);
    private final CheckInRules rules = new CheckInRules(new CheckInRules.Window(Duration.ofMinutes(30), Duration.ofMinutes(10)));

    private CheckInRules.Verdict at(BookingStatus status, LocalDateTime now) {
        return rules.decide(new CheckInRules.Appointment("buergerbuero", status, TEN_THIRTY), List.of("buergerbuero"), now);
    }

    private static CheckInRules.Reason code(CheckInRules.Verdict verdict) {
        return verdict instanceof CheckInRules.Refuse refusal ? refusal.reason() : null;
    }

    @Test
    void admittedFromThirtyMinutesBeforeUntilTenAfter() {
        assertThat(at(BookingStatus.BOOKED, TEN_THIRTY.minusMinutes(30))).isInstanceOf(CheckInRules.Admit.class);
        assertThat(at(BookingStatus.BOOKED, TEN_THIRTY)).isInstanceOf(CheckInRules.Admit.class);
        assertThat(at(BookingStatus.BOOKED, TEN_THIRTY.plusMinutes(10))).isInstanceOf(CheckInRules.Admit.class);
    }

    @Test
    void tooEarlySaysWhenToComeBack() {
        CheckInRules.Verdict verdict = at(BookingStatus.BOOKED, TEN_THIRTY.minusMinutes(31));

        assertThat(verdict).isEqualTo(new CheckInRules.Refuse(CheckInRules.Reason.TOO_EARLY, TEN_THIRTY.minusMinutes(30)));
    }

    @Test
    void tooLateAfterTheWindow() {
        assertThat(code(at(BookingStatus.BOOKED, TEN_THIRTY.plusMinutes(10).plusSeconds(1)))).isEqualTo(CheckInRules.Reason.TOO_LATE);
        assertThat(code(at(BookingStatus.NO_SHOW, TEN_THIRTY.plusMinutes(11)))).isEqualTo(CheckInRules.Reason.TOO_LATE);
    }

    @Test
    void wrongDayBeforeOrAfter() {
        assertThat(code(at(BookingStatus.BOOKED, TEN_THIRTY.minusDays(1)))).isEqualTo(CheckInRules.Reason.WRONG_DAY);
        assertThat(code(at(BookingStatus.BOOKED, TEN_THIRTY.plusDays(1).withHour(8)))).isEqualTo(CheckInRules.Reason.WRONG_DAY);
    }

    @Test
    void wrongOffice() {
        CheckInRules.Verdict verdict = rules.decide(new CheckInRules.Appointment("standesamt", BookingStatus.BOOKED, TEN_THIRTY),
                List.of("buergerbuero"), TEN_THIRTY);

        assertThat(code(verdict)).isEqualTo(CheckInRules.Reason.WRONG_OFFICE);
    }

    @Test
    void aFoyerKioskChecksInForEachOfficeItServes() {
        CheckInRules.Verdict verdict = rules.decide(new CheckInRules.Appointment("jugendamt", BookingStatus.BOOKED, TEN_THIRTY),
                List.of("buergerbuero", "jugendamt"), TEN_THIRTY);

        assertThat(verdict).isInstanceOf(CheckInRules.Admit.class);
    }

    @Test
    void cancelled() {
        assertThat(code(at(BookingStatus.CANCELLED, TEN_THIRTY))).isEqualTo(CheckInRules.Reason.CANCELLED);
    }

    @Test
    void alreadyCheckedIn() {
        assertThat(code(at(BookingStatus.CHECKED_IN, TEN_THIRTY))).isEqualTo(CheckInRules.Reason.ALREADY_CHECKED_IN);
    }
}
