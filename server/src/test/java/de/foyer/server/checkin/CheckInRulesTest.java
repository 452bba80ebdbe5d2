package de.foyer.server.checkin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of when a booked citizen may check in (window 30 minutes before to 10 after). */
class CheckInRulesTest {

    private static final LocalDateTime TEN_THIRTY = LocalDateTime.of(2026, 11, 24, 10, 30);
    private final CheckInRules rules = new CheckInRules(new CheckInRules.Window(Duration.ofMinutes(30), Duration.ofMinutes(10)));

    private CheckInRules.Verdict at(String status, LocalDateTime now) {
        return rules.decide(new CheckInRules.Appointment("buergerbuero", status, TEN_THIRTY), "buergerbuero", now);
    }

    private static String code(CheckInRules.Verdict verdict) {
        return verdict instanceof CheckInRules.Refuse refusal ? refusal.code() : "ADMITTED";
    }

    @Test
    void admittedFromThirtyMinutesBeforeUntilTenAfter() {
        assertThat(at("BOOKED", TEN_THIRTY.minusMinutes(30))).isInstanceOf(CheckInRules.Admit.class);
        assertThat(at("BOOKED", TEN_THIRTY)).isInstanceOf(CheckInRules.Admit.class);
        assertThat(at("BOOKED", TEN_THIRTY.plusMinutes(10))).isInstanceOf(CheckInRules.Admit.class);
    }

    @Test
    void tooEarlySaysWhenToComeBack() {
        CheckInRules.Verdict verdict = at("BOOKED", TEN_THIRTY.minusMinutes(31));

        assertThat(verdict).isEqualTo(new CheckInRules.Refuse(CheckInRules.TOO_EARLY, TEN_THIRTY.minusMinutes(30)));
    }

    @Test
    void tooLateAfterTheWindow() {
        assertThat(code(at("BOOKED", TEN_THIRTY.plusMinutes(10).plusSeconds(1)))).isEqualTo(CheckInRules.TOO_LATE);
        assertThat(code(at("NO_SHOW", TEN_THIRTY.plusMinutes(11)))).isEqualTo(CheckInRules.TOO_LATE);
    }

    @Test
    void wrongDayBeforeOrAfter() {
        assertThat(code(at("BOOKED", TEN_THIRTY.minusDays(1)))).isEqualTo(CheckInRules.WRONG_DAY);
        assertThat(code(at("BOOKED", TEN_THIRTY.plusDays(1).withHour(8)))).isEqualTo(CheckInRules.WRONG_DAY);
    }

    @Test
    void wrongOffice() {
        CheckInRules.Verdict verdict = rules.decide(new CheckInRules.Appointment("standesamt", "BOOKED", TEN_THIRTY),
                "buergerbuero", TEN_THIRTY);

        assertThat(code(verdict)).isEqualTo(CheckInRules.WRONG_OFFICE);
    }

    @Test
    void cancelled() {
        assertThat(code(at("CANCELLED", TEN_THIRTY))).isEqualTo(CheckInRules.CANCELLED);
    }

    @Test
    void alreadyCheckedIn() {
        assertThat(code(at("CHECKED_IN", TEN_THIRTY))).isEqualTo(CheckInRules.ALREADY_CHECKED_IN);
    }
}
