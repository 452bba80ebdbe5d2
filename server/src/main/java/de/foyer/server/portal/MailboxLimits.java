package de.foyer.server.portal;

import de.foyer.server.booking.BookingRules;

import java.util.Set;

/** The refusals of a mailbox's limits, and the limit each names to the citizen. */
final class MailboxLimits {

    static final Set<String> CODES = Set.of("BOOKING_LIMIT", "DAY_LIMIT", "SERVICE_LIMIT");

    private MailboxLimits() {
    }

    static int limit(String code, BookingRules rules) {
        return switch (code) {
            case "DAY_LIMIT" -> rules.maxPerEmailPerDay();
            case "SERVICE_LIMIT" -> rules.maxPerEmailPerService();
            default -> rules.maxActivePerEmail();
        };
    }
}
