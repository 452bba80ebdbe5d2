package de.foyer.server.notify;

/** How a notice fared with the push service or the SMS gateway. */
enum Delivery {
    DELIVERED,
    /** The push service says the subscription is gone (404, 410): it is deleted. */
    GONE,
    /** Not delivered; not repeated, since a notice about one's turn is worth nothing late. */
    FAILED
}
