package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BookingCodesTest {

    @Test
    void codesHaveTenCharactersWithoutLookAlikes() {
        BookingCodes codes = new BookingCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.newCode();
            assertThat(code).hasSize(10).doesNotContainAnyWhitespaces().matches("[" + BookingCodes.ALPHABET + "]+");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L", "U");
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(BookingCodes.normalize(" abcde-fghjk ")).isEqualTo("ABCDEFGHJK");
        assertThat(BookingCodes.normalize("RB-2026/0042")).isEqualTo("RB20260042");
        assertThat(BookingCodes.normalize("<script>")).isEqualTo("SCRIPT");
        assertThat(BookingCodes.display("ABCDEFGHJK")).isEqualTo("ABCDE-FGHJK");
    }
}
