package de.foyer.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void defaults() {
        assertThat(SimulatorOptions.parse()).isEqualTo(new SimulatorOptions(9100, Path.of("printer-sim"), false));
    }

    @Test
    void allOptions() {
        assertThat(SimulatorOptions.parse("--port", "9101", "--out", "/tmp/t", "--paper-out"))
                .isEqualTo(new SimulatorOptions(9101, Path.of("/tmp/t"), true));
    }

    @Test
    void refusesWrongArgumentsWithUsage() {
        assertThatThrownBy(() -> SimulatorOptions.parse("--port")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "x")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "70000")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> SimulatorOptions.parse("--out", "--paper-out")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> SimulatorOptions.parse("--colour")).hasMessageContaining("usage:");
    }
}
