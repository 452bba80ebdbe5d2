package de.foyer.protocol;

import java.util.List;

/** Registering a kiosk or display; the token in the answer is shown this once only. */
public final class DeviceRegistration {

    private DeviceRegistration() {
    }

    /** {@code office}, or API.md's {@code offices}: the office the device serves; one, the administrator's own, for now. */
    public record Request(String name, String kind, String waitingArea, String office, List<String> offices) {

        public Request(String name, String kind, String waitingArea, String office) {
            this(name, kind, waitingArea, office, null);
        }
    }

    public record Created(String id, String token) {
    }
}
