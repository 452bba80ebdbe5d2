package de.foyer.server.booking;

import org.jdbi.v3.core.Handle;

/** The office's booking rules as stored, on the caller's transaction: read by every booking, replaced by the settings. */
public interface StoredBookingRules {

    static StoredBookingRules on(Handle handle) {
        return new BookingRulesDao(handle);
    }

    /** The office's rules, or the defaults while it has set none. */
    BookingRules of(String officeId);

    void save(String officeId, BookingRules rules);
}
