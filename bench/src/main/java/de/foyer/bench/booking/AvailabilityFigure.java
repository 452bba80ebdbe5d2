package de.foyer.bench.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.bench.BenchFailure;
import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Measurement;
import de.foyer.bench.Samples;
import de.foyer.bench.server.BenchServer;
import de.foyer.bench.server.OfficeClock;
import de.foyer.server.booking.BookingSettings;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Figure 4: what a citizen waits for when the portal opens: the green days of the next 60 days
 * and the free times of one day, read while the database holds many bookings.
 */
public final class AvailabilityFigure implements Figure {

    private static final int HORIZON_DAYS = 60;
    private static final String SERVICE = "personalausweis-beantragen";
    private static final int WARM_UP = 30;
    private static final double CALENDAR_TARGET_MILLIS = 20;

    @Override
    public String key() {
        return "availability";
    }

    @Override
    public String title() {
        return "Availability";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        LocalDateTime now = OfficeClock.nextTuesday(LocalTime.of(10, 0));
        LocalDate today = now.toLocalDate();
        try (BenchServer server = BenchServer.start(run.database(), key(), now, BookingSettings.defaults())) {
            int stored = run.mode().storedBookings;
            int ahead = StoredBookings.insert(server.database().jdbi(), today, HORIZON_DAYS, stored);
            run.progress("%,d bookings stored (%,d of them from today on); reading the calendar %d times", stored, ahead,
                    run.mode().calendarRequests);
            PortalClient portal = new PortalClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), server.uri("/"));
            String base = "/api/v1/offices/" + PortalClient.OFFICE + "/services/" + SERVICE;
            String calendar = base + "/days?from=" + today + "&to=" + today.plusDays(HORIZON_DAYS - 1);
            String slots = base + "/slots?date=" + today.plusDays(7);
            JsonNode days = PortalClient.JSON.readTree(portal.get(calendar).body()).path("days");
            long green = 0;
            for (JsonNode day : days) {
                green += day.path("freeSlots").asInt() > 0 ? 1 : 0;
            }
            if (days.size() == 0) {
                throw new BenchFailure("the calendar of the next " + HORIZON_DAYS + " days is empty");
            }
            Samples calendarMillis = time(portal, calendar, run.mode().calendarRequests);
            Samples slotsMillis = time(portal, slots, run.mode().calendarRequests);
            return FigureResult.measured(String.format("%,d bookings in the database, %,d of them in the next %d days", stored, ahead,
                            HORIZON_DAYS), List.of(
                            Measurement.of("calendar_p50", "green-day calendar, 60 days, p50", calendarMillis.median(), "ms"),
                            Measurement.below("calendar_p99", "green-day calendar, 60 days, p99", calendarMillis.percentile(99), "ms",
                                    CALENDAR_TARGET_MILLIS),
                            Measurement.of("slots_p50", "free times of one day, p50", slotsMillis.median(), "ms"),
                            Measurement.of("slots_p99", "free times of one day, p99", slotsMillis.percentile(99), "ms"),
                            Measurement.of("open_days", "open days in the calendar", days.size(), "days"),
                            Measurement.of("green_days", "days with free times", green, "days")),
                    List.of("One portal client asking one request after the other, after " + WARM_UP + " to warm up; service " + SERVICE + "."));
        }
    }

    private static Samples time(PortalClient portal, String path, int requests) throws Exception {
        for (int request = 0; request < WARM_UP; request++) {
            portal.get(path);
        }
        Samples millis = new Samples();
        for (int request = 0; request < requests; request++) {
            long start = System.nanoTime();
            portal.get(path);
            millis.addNanosAsMillis(System.nanoTime() - start);
        }
        return millis;
    }
}
