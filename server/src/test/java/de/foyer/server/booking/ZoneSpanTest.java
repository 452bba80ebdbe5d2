package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A stretch's local times agree with the zone's rules everywhere, across clock changes and beyond the stretch. */
class ZoneSpanTest {

    @Test
    void everyInstantAroundTwoClockChangesHasTheRulesLocalTime() {
        // Berlin's spring and autumn changes; Lord Howe moves its clocks by half an hour; UTC never.
        for (String zone : new String[] {"Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo", "UTC"}) {
            ZoneId id = ZoneId.of(zone);
            LocalDate from = LocalDate.of(2027, 3, 1);
            LocalDate to = LocalDate.of(2027, 11, 15);
            ZoneSpan span = new ZoneSpan(id, from, to);
            Instant first = from.minusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant last = to.plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
            int asked = 0;
            for (Instant instant = first; instant.isBefore(last); instant = instant.plusSeconds(7 * 60 + 13).plusNanos(1_000)) {
                LocalDateTime expected = LocalDateTime.ofInstant(instant, id);
                assertThat(span.dateTimeOf(instant)).as("%s at %s", zone, instant).isEqualTo(expected);
                assertThat(span.timeOf(instant)).as("%s at %s", zone, instant).isEqualTo(expected.toLocalTime().withNano(0));
                asked++;
            }
            assertThat(asked).isGreaterThan(50_000);
        }
    }

    @Test
    void theInstantOfAChangeAndTheSecondBeforeItFallOnEitherSide() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneSpan span = new ZoneSpan(berlin, LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28));
        Instant change = Instant.parse("2027-03-28T01:00:00Z");
        assertThat(span.timeOf(change.minusSeconds(1))).hasToString("01:59:59");
        assertThat(span.timeOf(change)).hasToString("03:00");
    }
}
