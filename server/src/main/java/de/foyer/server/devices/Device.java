package de.foyer.server.devices;

import java.time.Instant;

public record Device(String id, String officeId, String name, String kind, String waitingAreaId, String tokenHash,
                     Instant lastSeen, String printerStatus) {
}
