package de.foyer.server.queue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DayEndRuleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<Integer, LocalTime> HOURS = Map.of(1, LocalTime.of(16, 0), 2, LocalTime.of(18, 0));

    @Test
    void todayEndsAtTheWeekdaysClosingTimeInTheOfficesZone() {
        DayEndRule rule = new DayEndRule(BERLIN, HOURS, null);
        // Tuesday 24 November 2026; 17:00 UTC is 18:00 in Berlin.
        assertThat(rule.at(at("2026-11-24T17:59"))).isEqualTo(new DayEndRule.Decision(LocalDate.of(2026, 11, 24), false));
        assertThat(rule.at(at("2026-11-24T18:00"))).isEqualTo(new DayEndRule.Decision(LocalDate.of(2026, 11, 24), true));
        assertThat(rule.at(at("2026-11-23T16:00")).todayOver()).as("Monday closes at 16:00").isTrue();
        assertThat(rule.at(at("2026-11-24T23:30").plusSeconds(0)).today()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aClosedWeekdayEndsOnlyAtMidnightAndAConfiguredEndWins() {
        assertThat(new DayEndRule(BERLIN, HOURS, null).at(at("2026-11-25T23:00")).todayOver()).as("Wednesday has no hours").isFalse();
        DayEndRule late = new DayEndRule(BERLIN, HOURS, LocalTime.of(19, 30));
        assertThat(late.at(at("2026-11-24T19:00")).todayOver()).isFalse();
        assertThat(late.at(at("2026-11-24T19:30")).todayOver()).isTrue();
    }

    private static java.time.Instant at(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
    }
}
