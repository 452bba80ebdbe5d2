package de.foyer.server.admin;

import de.foyer.server.booking.BookingRefusal;
import de.foyer.server.catalogue.OpeningHours;
import de.foyer.server.web.ApiException;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opening hours as people write them: "08:00-12:00, 13:00-16:00" for a day, empty for closed.
 * Pure: text in, periods out, and back.
 */
final class HoursText {

    private static final String INVALID = "INVALID_HOURS";

    private HoursText() {
    }

    static List<OpeningHours> parse(int weekday, String text) {
        List<OpeningHours> periods = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                throw invalid(weekday, text);
            }
            LocalTime opens = time(weekday, text, ends[0]);
            LocalTime closes = time(weekday, text, ends[1]);
            if (!closes.isAfter(opens)) {
                throw invalid(weekday, text);
            }
            for (OpeningHours earlier : periods) {
                if (opens.isBefore(earlier.closes()) && earlier.opens().isBefore(closes)) {
                    throw invalid(weekday, text);
                }
            }
            periods.add(new OpeningHours(weekday, opens, closes));
        }
        return periods;
    }

    static String format(List<OpeningHours> periods) {
        return periods.stream().map(period -> period.opens() + "-" + period.closes()).collect(Collectors.joining(", "));
    }

    private static LocalTime time(int weekday, String text, String value) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw invalid(weekday, text);
        }
    }

    /** The answer names the weekday as a field too, so that the settings page can point at that day's field. */
    private static ApiException invalid(int weekday, String text) {
        return BookingRefusal.withFields(400, INVALID, "Weekday " + weekday + ": '" + text
                + "' is not a list of periods like 08:00-12:00, 13:00-16:00 that do not overlap.", Map.of("weekday", weekday));
    }
}
