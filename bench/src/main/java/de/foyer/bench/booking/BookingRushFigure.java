package de.foyer.bench.booking;

import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Format;
import de.foyer.bench.Measurement;
import de.foyer.bench.Mode;
import de.foyer.bench.Samples;
import de.foyer.bench.server.BenchServer;
import de.foyer.bench.server.OfficeClock;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.server.booking.BookingSettings;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Figure 3: a thousand citizens with the portal open click "book" at 8:00 for the same day's
 * times. Measured: bookings per second, the answer times, and afterwards the database, which
 * must hold every confirmed booking and no two on one lane at once. Beside it, pgbench's
 * simple-update on the same PostgreSQL, as a yardstick of what the machine writes at all.
 */
public final class BookingRushFigure implements Figure {

    /** Light enough for a thousand citizens on two cores; the server still checks and records every proof. */
    private static final int PROOF_BITS = 4;
    private static final int LANES = 5;
    private static final int QUOTA_PERCENT = 75;

    private static final double TARGET_BOOKINGS_PER_SECOND = 300;
    private static final double TARGET_P99_MILLIS = 1_000;
    private static final double TARGET_SIMPLE_UPDATE_PERCENT = 5;
    private static final double TARGET_FLOOR_PERCENT = 25;

    private static Measurement atLeast(String key, String label, double value, String unit, double limit) {
        return new Measurement(key, label, value, unit, ">= " + Format.number(limit) + " " + unit, value >= limit, null);
    }

    @Override
    public String key() {
        return "booking_rush";
    }

    @Override
    public String title() {
        return "Booking rush";
    }

    private static Duration pgbenchTime(Mode mode) {
        return Duration.ofSeconds(switch (mode) {
            case FULL -> 15;
            case QUICK -> 5;
            case SMOKE -> 2;
        });
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        int clients = run.mode().rushClients;
        LocalDateTime eight = OfficeClock.nextTuesday(LocalTime.of(8, 0));
        LocalDate day = eight.toLocalDate().plusDays(7);
        try (BenchServer server = BenchServer.start(run.database(), key(), eight, BookingSettings.defaults().withProofBits(PROOF_BITS))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
            PortalClient portal = new PortalClient(http, server.uri("/"));
            List<String> services = portal.bookableServices();
            warmUp(run, portal, services, day, clients);
            run.progress("%d citizens, %d services, racing for the times of %s", clients, services.size(), day);
            Samples booked = new Samples();
            Samples refused = new Samples();
            Rush rush = rush(portal, services, day, clients, "citizen", booked, refused);
            double seconds = rush.seconds();
            List<RushingCitizen.Outcome> outcomes = rush.citizens().stream().map(RushingCitizen::outcome).toList();
            List<String> codes = outcomes.stream().map(RushingCitizen.Outcome::code).filter(Objects::nonNull).toList();
            BookingLedger.verify(server.database().jdbi(), day, codes, LANES, QUOTA_PERCENT);
            run.progress("%d bookings made and checked; pgbench's simple-update on the same PostgreSQL", codes.size());
            SimpleUpdateTps.Result tps = SimpleUpdateTps.measure(run.database(), pgbenchTime(run.mode()), run.scratch(key()));
            run.progress("the booking's own statements under pgbench on the same PostgreSQL (the floor)");
            java.util.Optional<SimpleUpdateTps.Result> floor = SimpleUpdateTps.bookingFloor(run.database(), pgbenchTime(run.mode()),
                    run.scratch(key()));
            double perSecond = codes.size() / seconds;
            int attempts = outcomes.stream().mapToInt(RushingCitizen.Outcome::attempts).sum();
            return FigureResult.measured(clients + " citizens click at 8:00 for the times of one Tuesday (" + LANES + " counters, "
                            + QUOTA_PERCENT + " % online)", List.of(
                            Measurement.of("bookings", "bookings made (the day's online times)", codes.size(), "bookings"),
                            atLeast("bookings_per_second", "bookings per second", perSecond, "bookings/s",
                                    TARGET_BOOKINGS_PER_SECOND),
                            Measurement.of("p50", "POST /api/v1/bookings booked (201), p50", booked.median(), "ms"),
                            Measurement.below("p99", "POST /api/v1/bookings booked (201), p99", booked.percentile(99), "ms",
                                    TARGET_P99_MILLIS),
                            Measurement.of("refused_p50", "POST /api/v1/bookings refused (409 SLOT_TAKEN), p50", refused.median(), "ms"),
                            Measurement.of("refused_p99", "POST /api/v1/bookings refused (409 SLOT_TAKEN), p99",
                                    refused.percentile(99), "ms"),
                            Measurement.of("attempts", "attempts (409 SLOT_TAKEN, then another time)", attempts, "requests"),
                            Measurement.of("without_time", "citizens left without a time (day full)", clients - codes.size(), "citizens"),
                            Measurement.of("double_bookings", "double bookings found in the database", 0, "bookings"),
                            Measurement.of("simple_update_tps", "pgbench simple-update on the same PostgreSQL", tps.tps(), "tps"),
                            atLeast("ratio", "bookings per second ÷ simple-update tps", perSecond / tps.tps() * 100, "%",
                                    TARGET_SIMPLE_UPDATE_PERCENT),
                            floor.map(result -> Measurement.of("floor_tps", "pgbench booking-floor script on the same PostgreSQL",
                                    result.tps(), "tps")).orElse(Measurement.notMeasured("floor_tps",
                                    "pgbench booking-floor script on the same PostgreSQL", "tps", "no pgbench installed")),
                            floor.map(result -> atLeast("floor_ratio", "bookings per second ÷ booking-floor tps",
                                    perSecond / result.tps() * 100, "%", TARGET_FLOOR_PERCENT)).orElse(Measurement.notMeasured(
                                    "floor_ratio", "bookings per second ÷ booking-floor tps", "%", "no pgbench installed"))),
                    List.of("Measured on a warm server: first the same rush for the following open days, unmeasured, for "
                                    + run.mode().warmUpSeconds + " s.",
                            "Proof of work lowered to " + PROOF_BITS + " bits (the server still checks and records each proof).",
                            "Each citizen books over a kept-alive connection of their own, from an address of their own (the bench"
                                    + " stands as the town's reverse proxy); the budgets per address are counted but lifted.",
                            "Checked in the database: every confirmed booking stored, none on a lane twice at once, every hour within the quota.",
                            "Simple-update: " + tps.how() + "."
                                    + floor.map(result -> " Booking floor: " + result.how() + ".").orElse("")));
        }
    }

    /**
     * A server at 8:00 has run since the morning before: the JIT has compiled the booking's code.
     * Rushes for the following open days, unmeasured, until the mode's warm-up time has passed.
     */
    private static void warmUp(BenchRun run, PortalClient portal, List<String> services, LocalDate measured, int clients)
            throws Exception {
        long end = System.nanoTime() + run.mode().warmUpSeconds * 1_000_000_000L;
        LocalDate day = measured;
        for (int round = 1; System.nanoTime() < end; round++) {
            do {
                day = day.plusDays(1);
            } while (portal.slots(services.get(0), day).slots().isEmpty());
            run.progress("warming up: %d citizens racing for the times of %s, not measured", clients, day);
            rush(portal, services, day, clients, "warm" + round + "-", new Samples(), new Samples());
        }
    }

    /** The citizens of one rush, and the seconds from their click until the last had a time or gave up. */
    private record Rush(List<RushingCitizen> citizens, double seconds) {
    }

    /** The citizens with the day's pages open (and their proofs solved) click at once. */
    private static Rush rush(PortalClient portal, List<String> services, LocalDate day, int clients, String mailbox,
                            Samples booked, Samples refused) throws Exception {
        Map<String, List<FreeSlots.Slot>> pages = new HashMap<>();
        for (String service : services) {
            pages.put(service, portal.slots(service, day).slots());
        }
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<RushingCitizen> citizens = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int number = 0; number < clients; number++) {
            String service = services.get(number % services.size());
            RushingCitizen citizen = new RushingCitizen(portal, number, mailbox + number, service, pages.get(service), ready, go,
                    booked, refused);
            citizens.add(citizen);
            Thread thread = new Thread(null, citizen, "citizen-" + number, 256 * 1024);
            thread.start();
            threads.add(thread);
        }
        if (!ready.await(5, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("the citizens were not ready within 5 minutes");
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        citizens.forEach(RushingCitizen::outcome);
        return new Rush(citizens, seconds);
    }
}
