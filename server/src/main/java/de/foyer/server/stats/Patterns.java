package de.foyer.server.stats;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What looks like booking by machine in an office's recent online bookings: networks from which many
 * mailboxes booked, and the minutes with the most bookings.
 */
record Patterns(List<Network> networks, List<Burst> bursts) {

    /** A network (IPv4 /24, IPv6 /48), how many mailboxes booked from it and how many bookings. */
    record Network(String network, int mailboxes, int bookings) {
    }

    /** A minute (local time), its online bookings, and from how many networks they came. */
    record Burst(LocalDateTime minute, int bookings, int networks) {
    }
}
