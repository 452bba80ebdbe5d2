package de.foyer.server.catalogue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningRulesTest {

    private final OpeningRules rules = new OpeningRules(List.of(
            new OpeningHours(2, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours(2, LocalTime.of(14, 0), LocalTime.of(18, 0))),
            Set.of(LocalDate.of(2026, 12, 1)));

    @Test
    void openWithinAPeriodUntilItsEnd() {
        assertThat(rules.openUntil(LocalDateTime.of(2026, 11, 24, 8, 0))).contains(LocalTime.of(12, 0));
        assertThat(rules.openUntil(LocalDateTime.of(2026, 11, 24, 15, 30))).contains(LocalTime.of(18, 0));
    }

    @Test
    void closedAtLunchAfterHoursOnOtherDaysAndOnClosures() {
        assertThat(rules.isOpen(LocalDateTime.of(2026, 11, 24, 12, 0))).isFalse();
        assertThat(rules.isOpen(LocalDateTime.of(2026, 11, 24, 18, 0))).isFalse();
        assertThat(rules.isOpen(LocalDateTime.of(2026, 11, 25, 9, 0))).as("Wednesday").isFalse();
        assertThat(rules.isOpen(LocalDateTime.of(2026, 12, 1, 9, 0))).as("closure on a Tuesday").isFalse();
    }
}
