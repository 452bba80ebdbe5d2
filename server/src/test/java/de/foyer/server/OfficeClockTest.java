package de.foyer.server;

import de.foyer.server.catalogue.Office;
import de.foyer.server.storage.StartupException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeClockTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-05T03:17:00Z"), ZoneOffset.UTC);
    private static final Optional<LocalDateTime> TUESDAY_NINE = Optional.of(LocalDateTime.of(2026, 11, 24, 9, 0));

    @Test
    void withoutAStartTheClockIsTheRealOne() throws StartupException {
        assertThat(OfficeClock.of(Optional.empty(), List.of(ZoneId.of("Europe/Lisbon"), ZoneId.of("Asia/Tokyo")), REAL))
                .isSameAs(REAL);
    }

    @Test
    void theStartIsReadInTheOfficesZone() throws StartupException {
        Clock clock = OfficeClock.of(TUESDAY_NINE, List.of(ZoneId.of("Europe/Lisbon")), REAL);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void officesSharingAZoneAgree() throws StartupException {
        Clock clock = OfficeClock.of(TUESDAY_NINE, List.of(ZoneId.of("Europe/Helsinki"), ZoneId.of("Europe/Helsinki")), REAL);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
    }

    @Test
    void beforeTheFirstOfficeTheStartIsReadInTheZoneANewOfficeGets() throws StartupException {
        Clock clock = OfficeClock.of(TUESDAY_NINE, List.of(), REAL);

        assertThat(clock.instant()).isEqualTo(TUESDAY_NINE.get().atZone(Office.DEFAULT_ZONE).toInstant());
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void officesInSeveralZonesLeaveALocalStartWithoutMeaning() {
        assertThatThrownBy(() -> OfficeClock.of(TUESDAY_NINE, List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Lisbon")), REAL))
                .isInstanceOf(StartupException.class)
                .hasMessage("FOYER_CLOCK_START is a local time, but the offices are in 2 time zones (Europe/Berlin, Europe/Lisbon); unset it.");
    }
}
