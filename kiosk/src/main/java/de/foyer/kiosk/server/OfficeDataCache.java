package de.foyer.kiosk.server;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The data of the kiosk's offices, all fetched together and again when older than {@code maxAge}:
 * the catalogue changes a few times a year, yet a change made in the morning should reach the kiosk
 * before noon, and so should an office that staff add to or take from the kiosk.
 * Thread-safe; loads happen on the caller's (background) thread.
 */
public final class OfficeDataCache {

    /** After a failed {@link #refresh()}, how long the background leaves the server be. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final KioskServer server;
    private final Clock clock;
    private final Duration maxAge;
    private List<OfficeData> offices = List.of();
    private Instant loadedAt;
    private Instant refreshFailedAt;

    public OfficeDataCache(KioskServer server, Clock clock, Duration maxAge) {
        this.server = server;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Fresh data of every office the kiosk serves, its first office first, loading it when it is missing or old. */
    public synchronized List<OfficeData> get() throws IOException, Refused {
        Instant now = clock.instant();
        if (loadedAt == null || now.isAfter(loadedAt.plus(maxAge))) {
            offices = List.copyOf(server.offices());
            loadedAt = now;
        }
        return offices;
    }

    /**
     * For the background, which keeps the home screen's greeting current: fresh data as {@link #get()}
     * gives it, else whatever was loaded last. After a failed load it asks the server again only a
     * minute later, so that a kiosk the server names no office for does not double its requests.
     * A citizen's {@link #get()} always asks.
     */
    public synchronized List<OfficeData> refresh() {
        Instant now = clock.instant();
        if (refreshFailedAt != null && now.isBefore(refreshFailedAt.plus(RETRY_AFTER_FAILURE))) {
            return offices;
        }
        boolean loaded = false;
        try {
            List<OfficeData> fresh = get();
            loaded = true;
            return fresh;
        } catch (IOException | Refused e) {
            return offices;
        } finally {
            refreshFailedAt = loaded ? null : now;
        }
    }

    /** Whatever was loaded last, without asking the server; empty before the first load. */
    public synchronized List<OfficeData> lastKnown() {
        return offices;
    }
}
