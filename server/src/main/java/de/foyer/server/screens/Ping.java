package de.foyer.server.screens;

import java.time.OffsetDateTime;

/**
 * The named keep-alive of the browser streams. EventSource does not pass SSE comments to the
 * page, so a named event is what the page's watchdog can hear; the time sets the screen's clock.
 */
record Ping(OffsetDateTime at) {
}
