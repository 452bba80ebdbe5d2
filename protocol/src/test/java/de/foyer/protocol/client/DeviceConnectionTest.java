package de.foyer.protocol.client;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.net.URI;
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
    void theTokenGivenWinsOverTheDevicesOwnVariableWhichWinsOverTheDemo() {
        Map<String, String> environment = Map.of("FOYER_KIOSK_TOKEN", " kiosk-7.abc ", "FOYER_DEMO_SECRET", "s3cret");
        assertThat(read("--token", "given").token("kiosk", environment)).isEqualTo("given");
        assertThat(read().token("kiosk", environment)).isEqualTo("kiosk-7.abc");
        assertThat(read().token("display", environment)).isEqualTo("display-1.s3cret");
        assertThat(read("--token", " ").token("display", Map.of("FOYER_DEMO_SECRET", " "))).isNull();
    }

    @Test
    void theServerIsLocalUnlessGivenAndMustBeAnHttpAddress() {
        assertThat(read().server()).isEqualTo(URI.create(ServerAddress.DEFAULT));
        assertThat(read("--server", "https://foyer.example.de").server()).isEqualTo(URI.create("https://foyer.example.de"));
        assertThatThrownBy(() -> read("--server", "localhost:8080"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("http:// or https://");
    }
}
