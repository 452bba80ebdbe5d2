package de.foyer.server;

import de.foyer.server.catalogue.Office;
import de.foyer.server.storage.StartupException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The server's clock: the real time, or from FOYER_CLOCK_START on, a demo or a training at office
 * hours whatever the real time is. That start is a local time, read in the offices' own zone.
 */
final class OfficeClock {

    private OfficeClock() {
    }

    /**
     * @param officeZones the zones of the offices in the database; before the first office (the demo's
     *                    is seeded after the clock is made) the default zone an office gets
     */
    static Clock of(Optional<LocalDateTime> start, Collection<ZoneId> officeZones, Clock system) throws StartupException {
        if (start.isEmpty()) {
            return system;
        }
        TreeSet<String> zones = new TreeSet<>();
        officeZones.forEach(zone -> zones.add(zone.getId()));
        if (zones.size() > 1) {
            throw new StartupException("FOYER_CLOCK_START is a local time, but the offices are in " + zones.size()
                    + " time zones (" + String.join(", ", zones) + "); unset it.");
        }
        ZoneId zone = zones.isEmpty() ? Office.DEFAULT_ZONE : ZoneId.of(zones.first());
        return Clock.offset(system, Duration.between(system.instant(), start.get().atZone(zone).toInstant()));
    }
}
