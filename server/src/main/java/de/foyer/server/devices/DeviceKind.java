package de.foyer.server.devices;

import de.foyer.server.staff.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a device is; stored by name in {@code devices.kind}. */
public enum DeviceKind {
    KIOSK, DISPLAY;

    /** The kind a registration names, in any case; empty for anything else. */
    static Optional<DeviceKind> named(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** What a device of this kind may do once it has signed in with its token. */
    Role role() {
        return switch (this) {
            case KIOSK -> Role.KIOSK;
            case DISPLAY -> Role.DISPLAY;
        };
    }
}
