package de.foyer.protocol;

import java.time.OffsetDateTime;
import java.util.List;

/** How long a newcomer would wait now, per service: public, since it names no one. */
public record WaitingTimes(String office, OffsetDateTime at, List<ServiceWait> services) {

    public record ServiceWait(String service, int waiting, int estimatedWaitMinutes) {
    }
}
