package de.foyer.server.staff;

import java.util.Optional;

/**
 * Recognises a kiosk or display by its bearer token. Staff asks through this port so that the
 * devices feature, which registers devices and needs staff's roles, is not needed back here.
 */
@FunctionalInterface
public interface DeviceTokens {

    Optional<Principal.Device> resolve(String token);
}
