package de.foyer.server.devices;

import java.time.Instant;

/**
 * A registered kiosk or display; {@code revokedAt} is set once its token has been withdrawn for good.
 * A new one is made by {@link #registered}; the full constructor is for rows read back.
 */
public record Device(String id, String officeId, String name, DeviceKind kind, String waitingAreaId, String tokenHash,
                     Instant lastSeen, String printerStatus, Instant revokedAt) {

    /** A device just registered: not seen yet, so no printer status either. */
    static Device registered(String id, String officeId, String name, DeviceKind kind, String waitingAreaId, String tokenHash) {
        return new Device(id, officeId, name, kind, waitingAreaId, tokenHash, null, null, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
