package de.foyer.server.admin;

import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingRefusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer to closing a day that still has bookings: how many, and how many of them can only be phoned. */
final class ClosureRefusal {

    static final String CODE = "CLOSURE_HAS_BOOKINGS";

    private ClosureRefusal() {
    }

    static BookingRefusal hasBookings(LocalDate day, List<Booking> affected) {
        long withoutEmail = affected.stream().filter(booking -> booking.email() == null).count();
        String message = affected.size() + " appointment(s) are booked on " + day + ". Closing the day cancels them and tells "
                + "the citizens by e-mail" + (withoutEmail > 0 ? " (" + withoutEmail + " have no e-mail address: please phone them)" : "")
                + ". Send the closure again with confirm=true to do so.";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("day", day.toString());
        fields.put("bookings", affected.size());
        fields.put("withoutEmail", withoutEmail);
        return BookingRefusal.withFields(409, CODE, message, fields);
    }
}
