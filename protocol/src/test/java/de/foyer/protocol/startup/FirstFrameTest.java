package de.foyer.protocol.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameTest {

    @Test
    void printsTheLineTheBenchReadsAndUnregistersItself() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Runnable> unregistered = new ArrayList<>();
        FirstFrame firstFrame = new FirstFrame("kiosk", unregistered::add,
                new PrintStream(printed, true, StandardCharsets.UTF_8), () -> 1234);

        firstFrame.run();

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Foyer kiosk: first frame after 1234 ms" + System.lineSeparator());
        assertThat(unregistered).containsExactly(firstFrame);
    }
}
