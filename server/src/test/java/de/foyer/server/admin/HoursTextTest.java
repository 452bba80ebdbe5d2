package de.foyer.server.admin;

import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.web.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoursTextTest {

    @Test
    void readsPeriodsAsPeopleWriteThemAndWritesThemBack() {
        List<OpeningHours> periods = HoursText.parse(2, "8:00-12:00, 13:00 – 18:00");

        assertThat(periods).containsExactly(new OpeningHours(2, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(2, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        assertThat(HoursText.format(periods)).isEqualTo("08:00-12:00, 13:00-18:00");
        assertThat(HoursText.parse(7, " ")).isEmpty();
    }

    @Test
    void refusesBackwardsOverlappingAndUnreadablePeriods() {
        for (String bad : List.of("12:00-08:00", "08:00-12:00, 11:00-13:00", "morning", "08:00-25:00", "08:00")) {
            assertThatThrownBy(() -> HoursText.parse(1, bad)).as(bad).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo("INVALID_HOURS");
        }
    }
}
