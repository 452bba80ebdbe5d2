package de.foyer.hardware.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigStringTest {

    @Test
    void splitsSchemeTargetAndOptions() {
        assertThat(ConfigString.parse("Serial:/dev/ttyUSB0?baud=19200&Paper=58"))
                .contains(new ConfigString("serial", "/dev/ttyUSB0", Map.of("baud", "19200", "paper", "58")));
        assertThat(ConfigString.parse("tcp://10.0.0.5:9100")).contains(new ConfigString("tcp", "//10.0.0.5:9100", Map.of()));
    }

    @Test
    void refusesWhatHasNoSchemeOrBrokenOptions() {
        assertThat(ConfigString.parse(null)).isEmpty();
        assertThat(ConfigString.parse("/dev/ttyUSB0")).isEmpty();
        assertThat(ConfigString.parse(":x")).isEmpty();
        assertThat(ConfigString.parse("serial:/dev/x?baud")).isEmpty();
        assertThat(ConfigString.parse("serial:/dev/x?baud=")).isEmpty();
        assertThat(ConfigString.parse("serial:/dev/x?")).isEmpty();
        assertThat(ConfigString.parse("serial:/dev/x?a=1&a=2")).isEmpty();
    }
}
