package de.foyer.protocol.client;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceConnectionTest {

    @Command(name = "device")
    static final class Device {
        @Mixin
        DeviceConnection connection;
    }

    private static DeviceConnection read(String... args) {
        Device device = new Device();
        new CommandLine(device).parseArgs(args);
        return device.connection;
    }

    @Test
    void theTokenGivenWinsOverTheDevicesOwnVariableWhichWinsOverTheDemosFile(@TempDir Path data) {
        DemoDeviceTokens.write(data, Map.of("kiosk-1", "kiosk-1.r4nd0m", "display-1", "display-1.0th3r"));
        Map<String, String> environment = Map.of("FOYER_KIOSK_TOKEN", " kiosk-7.abc ", "FOYER_DATA_DIR", data.toString(),
                "FOYER_DEMO_SECRET", "s3cret");
        assertThat(read("--token", "given").token("kiosk", environment)).isEqualTo("given");
        assertThat(read().token("kiosk", environment)).isEqualTo("kiosk-7.abc");
        assertThat(read().token("display", environment)).as("from the demo's file, not from the password").isEqualTo("display-1.0th3r");
        assertThat(read("--token", " ").token("display", Map.of("FOYER_DATA_DIR", data.resolve("elsewhere").toString(),
                "FOYER_DEMO_SECRET", "s3cret"))).isNull();
    }

    @Test
    void theDemosTokenFileIsTheOwnersAlone(@TempDir Path data) throws Exception {
        DemoDeviceTokens.write(data, Map.of("kiosk-1", "old"));
        DemoDeviceTokens.write(data, Map.of("kiosk-1", "kiosk-1.new"));
        assertThat(DemoDeviceTokens.read(data, "kiosk-1")).contains("kiosk-1.new");
        assertThat(DemoDeviceTokens.read(data, "display-9")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DemoDeviceTokens.in(data)))).isEqualTo("rw-------");
    }

    @Test
    void theServerIsLocalUnlessGivenAndMustBeAnHttpAddress() {
        assertThat(read().server()).isEqualTo(URI.create(ServerAddress.DEFAULT));
        assertThat(read("--server", "https://foyer.example.de").server()).isEqualTo(URI.create("https://foyer.example.de"));
        assertThatThrownBy(() -> read("--server", "localhost:8080"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("http:// or https://");
    }
}
