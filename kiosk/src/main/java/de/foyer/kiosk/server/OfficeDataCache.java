package de.foyer.kiosk.server;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The office's data, fetched again when it is older than {@code maxAge}: the catalogue changes a
 * few times a year, yet a change made in the morning should reach the kiosk before noon.
 * Thread-safe; loads happen on the caller's (background) thread.
 */
public final class OfficeDataCache {

    private final KioskServer server;
    private final Clock clock;
    private final Duration maxAge;
    private OfficeData data = OfficeData.UNKNOWN;
    private Instant loadedAt;

    public OfficeDataCache(KioskServer server, Clock clock, Duration maxAge) {
        this.server = server;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Fresh data, loading it when it is missing or old. */
    public synchronized OfficeData get() throws IOException, Refused {
        Instant now = clock.instant();
        if (loadedAt == null || now.isAfter(loadedAt.plus(maxAge))) {
            data = server.officeData();
            loadedAt = now;
        }
        return data;
    }

    /** Whatever was loaded last, without asking the server; {@link OfficeData#UNKNOWN} before the first load. */
    public synchronized OfficeData lastKnown() {
        return data;
    }
}
