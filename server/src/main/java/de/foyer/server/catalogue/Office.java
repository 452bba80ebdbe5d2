package de.foyer.server.catalogue;

import java.time.ZoneId;

public record Office(String id, String name, String timeZone) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
