package de.foyer.hardware.printer.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for a printer.
 *
 * @param connect to open the connection
 * @param write   without progress while sending; a slow serial line still finishes a long ticket
 * @param status  for the answer to one status request
 */
public record Timeouts(Duration connect, Duration write, Duration status) {

    /** A printer answers status in milliseconds; seconds mean it is not there. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(2));

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(write, "write");
        requirePositive(status, "status");
    }

    private static void requirePositive(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " timeout must be positive and below 24 days: " + timeout);
        }
    }
}
