package de.foyer.server.notify;

/**
 * A phone that follows a ticket: where to post (the push service's endpoint) and the keys its
 * browser gave for the encryption; {@code aheadAt} is how few ahead it wants to hear about.
 */
record Subscription(long id, String linkToken, String endpoint, String p256dh, String auth, int aheadAt,
                    boolean aheadSent, int callsSent) {
}
