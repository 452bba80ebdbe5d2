package de.foyer.server.notify;

/**
 * A phone that follows a ticket: by Web Push (the push service's endpoint and the keys its browser
 * gave for the encryption) or by SMS (its number); {@code aheadAt} is how few ahead it wants to hear about.
 */
record Subscription(long id, String linkToken, String endpoint, String p256dh, String auth, String phone, int aheadAt,
                    boolean aheadSent, int callsSent) {

    boolean sms() {
        return phone != null;
    }
}
