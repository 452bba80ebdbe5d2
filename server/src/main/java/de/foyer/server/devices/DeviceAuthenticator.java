package de.foyer.server.devices;

import de.foyer.server.staff.DeviceTokens;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/**
 * Recognises a device by its token, which has the form {@code <device id>.<secret>}: the id finds
 * the device, the stored hash proves the secret.
 */
public final class DeviceAuthenticator implements DeviceTokens {

    private final Jdbi jdbi;

    public DeviceAuthenticator(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Principal.Device> resolve(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        return jdbi.withHandle(handle -> {
            DeviceDao devices = new DeviceDao(handle);
            return devices.byId(id)
                    .filter(device -> !device.revoked() && Tokens.same(device.tokenHash(), Tokens.hash(token)))
                    .map(device -> new Principal.Device(device.id(), device.officeId(), device.kind().role(),
                            device.waitingAreaId(), devices.officesOf(device)));
        });
    }
}
