package de.foyer.display;

import de.foyer.protocol.client.DemoDeviceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayOptionsTest {

    @Test
    void theDemoNeedsNothingButItsDataDirectory(@TempDir Path data) {
        DemoDeviceTokens.write(data, Map.of("display-1", "display-1.r4nd0m"));
        DisplayOptions options = DisplayOptions.parse(List.of(), Map.of("FOYER_DATA_DIR", data.toString()));
        assertThat(options.server()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.token()).isEqualTo("display-1.r4nd0m");
        assertThat(options.notices()).isEmpty();
        assertThat(options.screenshots()).isNull();
        assertThat(options.speech()).as("calls are spoken by default").isTrue();
    }

    @Test
    void speechCanBeTurnedOffAndTheOldSwitchStillRuns() {
        assertThat(DisplayOptions.parse(List.of("--no-speech"), Map.of("FOYER_DISPLAY_TOKEN", "t")).speech()).isFalse();
        assertThat(DisplayOptions.parse(List.of("--speak"), Map.of("FOYER_DISPLAY_TOKEN", "t")).speech()).isTrue();
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        DisplayOptions options = DisplayOptions.parse(
                List.of("--server", "https://foyer.example.org", "--token", "t1", "--notice", "Heute bis 18 Uhr",
                        "--notice", "Barzahlung nicht möglich", "--speak", "--windowed"),
                Map.of("FOYER_DISPLAY_TOKEN", "t2", "FOYER_DISPLAY_NOTICE", "from env"));
        assertThat(options.server()).isEqualTo(URI.create("https://foyer.example.org"));
        assertThat(options.token()).isEqualTo("t1");
        assertThat(options.notices()).containsExactly("Heute bis 18 Uhr", "Barzahlung nicht möglich");
        assertThat(options.speech()).isTrue();
        assertThat(options.windowed()).isTrue();
        assertThat(options.mute()).isFalse();
    }

    @Test
    void theEnvironmentGivesTokenAndNotice() {
        DisplayOptions options = DisplayOptions.parse(List.of(),
                Map.of("FOYER_DISPLAY_TOKEN", "t2", "FOYER_DEMO_SECRET", "s", "FOYER_DISPLAY_NOTICE", " Heute bis 18 Uhr "));
        assertThat(options.token()).isEqualTo("t2");
        assertThat(options.notices()).containsExactly("Heute bis 18 Uhr");
    }

    @Test
    void screenshotsNeedNoToken() {
        assertThat(DisplayOptions.parse(List.of("--screenshots", "out"), Map.of()).screenshots()).isEqualTo(Path.of("out"));
    }

    @Test
    void mistakesAreToldInASentenceNamingTheOption() {
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--token"), Map.of()))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--token");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--server", "localhost:8080", "--token", "t"), Map.of()))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> DisplayOptions.parse(List.of("--fullscreen"), Map.of()))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("'--fullscreen'");
    }

    @Test
    void aScreenWithoutTokenIsRefusedWithTheUsageBeforeAnyWindowOpens() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new DisplayCommand(Map.of())).setErr(new PrintWriter(err)).execute();
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--token", "Usage: display");
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new DisplayCommand(Map.of())).setOut(new PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: display", "--notice=TEXT");
    }
}
