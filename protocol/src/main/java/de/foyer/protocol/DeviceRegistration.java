package de.foyer.protocol;

/** Registering a kiosk or display; the token in the answer is shown this once only. */
public final class DeviceRegistration {

    private DeviceRegistration() {
    }

    public record Request(String name, String kind, String waitingArea, String office) {
    }

    public record Created(String id, String token) {
    }
}
