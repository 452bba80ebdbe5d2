package de.foyer.server.booking;

import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/** The refusals that booking, slot listings and imports share. */
final class BookingChecks {

    private BookingChecks() {
    }

    static Service service(Function<String, Optional<Service>> services, Office office, String serviceId, Channel channel) {
        if (serviceId == null || serviceId.isBlank()) {
            throw ApiException.badRequest("SERVICE_REQUIRED", "Please choose a service.");
        }
        Service service = services.apply(serviceId).filter(found -> found.officeId().equals(office.id()))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + serviceId + "'."));
        if (service.retired()) {
            throw ApiException.conflict("SERVICE_RETIRED", "This service is no longer offered.");
        }
        if (channel == Channel.ONLINE && !service.onlineBookable()) {
            throw ApiException.conflict("NOT_BOOKABLE_ONLINE",
                    "This service cannot be booked online. Please come without an appointment or call the central phone line.");
        }
        return service;
    }

    static void bookableDay(LocalDate day, LocalDateTime now, BookingRules rules) {
        if (day.isBefore(now.toLocalDate())) {
            throw ApiException.badRequest("PAST_DATE", "This day has passed. Please choose a day from today on.");
        }
        if (day.isAfter(rules.lastOpenDay(now))) {
            throw ApiException.badRequest("BEYOND_HORIZON", "Appointments can be booked at most " + rules.horizonDays() + " days ahead.");
        }
    }

    static void bookableStart(LocalDateTime start, LocalDateTime now, BookingRules rules) {
        bookableDay(start.toLocalDate(), now, rules);
        if (!start.isAfter(now)) {
            throw ApiException.badRequest("PAST_DATE", "This time has passed. Please choose a later one.");
        }
    }
}
