package de.foyer.protocol;

import java.time.OffsetDateTime;
import java.util.List;

/** Who waits in an office, per service, with the wait a newcomer should expect. */
public record QueueView(String office, OffsetDateTime at, List<ServiceQueue> services) {

    public record ServiceQueue(String service, String name, int waiting, int estimatedWaitMinutes,
                               List<TicketInfo> tickets) {
    }
}
