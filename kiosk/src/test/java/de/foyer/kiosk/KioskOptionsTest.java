package de.foyer.kiosk;

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

class KioskOptionsTest {

    @Test
    void withoutOptionsTheKioskTalksToTheLocalServerAndTheSimulatedPrinter(@TempDir Path data) {
        DemoDeviceTokens.write(data, Map.of("kiosk-1", "kiosk-1.r4nd0m"));
        KioskOptions options = KioskOptions.parse(List.of(), Map.of("FOYER_DATA_DIR", data.toString(), "FOYER_DEMO_SECRET", "s3cret"));
        assertThat(options.server()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.token()).as("the demo server's token file").isEqualTo("kiosk-1.r4nd0m");
        assertThat(options.office()).as("none: the kiosk serves the offices the server names").isNull();
        assertThat(options.printer()).isEqualTo("tcp://localhost:9100");
        assertThat(options.scanner()).isEqualTo("keyboard");
        assertThat(options.screenshots()).isNull();
        assertThat(options.portrait()).isFalse();
    }

    @Test
    void optionsAndEnvironmentOverrideTheDefaults() {
        KioskOptions options = KioskOptions.parse(
                List.of("--server", "https://foyer.example.de", "--office", "rathaus", "--portrait", "--screenshots", "shots"),
                Map.of("FOYER_KIOSK_TOKEN", "kiosk-7.abc", "FOYER_DEMO_SECRET", "ignored",
                        "FOYER_PRINTER", "serial:/dev/ttyUSB0", "FOYER_SCANNER", "serial:/dev/ttyACM0"));
        assertThat(options.server()).isEqualTo(URI.create("https://foyer.example.de"));
        assertThat(options.token()).isEqualTo("kiosk-7.abc");
        assertThat(options.office()).isEqualTo("rathaus");
        assertThat(options.printer()).isEqualTo("serial:/dev/ttyUSB0");
        assertThat(options.scanner()).isEqualTo("serial:/dev/ttyACM0");
        assertThat(options.screenshots()).isEqualTo(Path.of("shots"));
        assertThat(options.portrait()).isTrue();
        assertThat(KioskOptions.parse(List.of("--token", "t"), Map.of("FOYER_KIOSK_TOKEN", "env")).token()).isEqualTo("t");
        assertThat(KioskOptions.parse(List.of(), Map.of()).token()).isNull();
    }

    @Test
    void aWrongOptionIsRefusedWithASentenceThatNamesIt() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--sever", "x"), Map.of()))
                .hasMessageContaining("--sever");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--server"), Map.of()))
                .hasMessageContaining("--server").hasMessageContaining("Missing");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--server", "localhost:8080"), Map.of()))
                .hasMessageContaining("http:// or https:// address");
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new KioskCommand(Map.of())).setOut(new PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: kiosk", "--screenshots=DIR", "FOYER_PRINTER");
    }

    @Test
    void aKioskWithoutTokenIsRefusedWithTheUsageBeforeAnyWindowOpens() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new KioskCommand(Map.of())).setErr(new PrintWriter(err)).execute();
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("No device token", "Usage: kiosk");
    }
}
