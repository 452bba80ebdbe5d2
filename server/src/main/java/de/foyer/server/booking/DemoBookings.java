package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A day of bookings for the demo: today if the office opens today, else its next open day, with
 * about as many appointments as the office has on a busy day (four in five online, the others
 * by staff), invented names and no e-mail addresses, so the demo never writes to anyone. The log
 * names a few codes to try at the kiosk.
 */
public final class DemoBookings {

    private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);
    private static final List<String> SERVICES = List.of("personalausweis-beantragen", "reisepass-beantragen", "anmeldung",
            "meldebescheinigung", "fuehrungszeugnis", "personalausweis-abholen", "kinderreisepass", "beglaubigung");
    private static final List<String> NAMES = List.of("Erika Mustermann", "Max Mustermann", "Leyla Yılmaz", "Jan Kowalski",
            "Anna Schmidt", "Lukas Weber", "Sofia Rossi", "Mehmet Demir", "Marie Becker", "Paul Wagner");
    private static final int SEARCH_DAYS = 14;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens = new Tokens();
    private final BookingCodes codes = new BookingCodes();
    private final SlotPlanner planner = new SlotPlanner();

    public DemoBookings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Seeds the bookings; returns how many. */
    public int seed(String officeId) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogue = Catalogue.on(handle);
            BookingDao bookings = new BookingDao(handle);
            Office office = CatalogueService.requireOffice(catalogue, officeId);
            LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone());
            LocalDate today = localNow.toLocalDate();
            BookableOffice bookable = BookableOffice.read(catalogue, bookings, office.id(), now);
            Capacity capacity = Capacity.load(bookable, catalogue, bookings, today, today.plusDays(SEARCH_DAYS), now);
            LocalDate day = today;
            while (capacity.day(day).periods().isEmpty() && day.isBefore(today.plusDays(SEARCH_DAYS))) {
                day = day.plusDays(1);
            }
            SlotPlanner.Day plan = capacity.day(day);
            // The whole day, also its past hours: the demo shows check-ins and no-shows at once.
            LocalDateTime fromMorning = day.atStartOfDay();
            Random random = new Random(day.toEpochDay());
            List<SlotPlanner.Occupation> taken = new ArrayList<>(capacity.occupations(day));
            // Two lane-minutes in five booked, at about twelve minutes each: some 100 on a long day.
            int target = plan.lanes() * plan.periods().stream()
                    .mapToInt(period -> (int) Duration.between(period.opens(), period.closes()).toMinutes()).sum() / 30;
            TreeMap<Instant, String> upcoming = new TreeMap<>();
            int count = 0;
            for (int attempt = 0; attempt < 1000 && count < target; attempt++) {
                Service service = catalogue.service(SERVICES.get(random.nextInt(SERVICES.size()))).orElseThrow();
                boolean online = random.nextInt(10) < 8;
                int persons = random.nextInt(6) == 0 ? 2 : 1;
                int block = service.durationMinutes() * persons;
                List<SlotPlanner.Slot> free = planner.free(plan, taken, block, online ? Channel.ONLINE : Channel.STAFF, fromMorning);
                if (free.isEmpty() || random.nextInt(3) == 0) {
                    continue;
                }
                SlotPlanner.Slot slot = free.get(random.nextInt(free.size()));
                Instant startsAt = day.atTime(slot.start()).atZone(office.zone()).toInstant();
                String code = codes.newCode();
                if (startsAt.isAfter(now)) {
                    upcoming.put(startsAt, BookingCodes.display(code) + " at " + slot.start());
                }
                bookings.insert(Booking.booked(tokens.newId(), code, online ? Channel.ONLINE : Channel.STAFF,
                        new Booking.Appointment(officeId, service.id(), persons, day, startsAt,
                                startsAt.plus(Duration.ofMinutes(block)), slot.lane()),
                        new Booking.Citizen(NAMES.get(random.nextInt(NAMES.size())), null, null, null, CitizenLanguage.DE),
                        now.minus(Duration.ofDays(3)), null));
                taken.add(new SlotPlanner.Occupation(slot.lane(), slot.start(), slot.end(), online, null));
                count++;
            }
            log.info("Demo office: {} bookings on {}; the next ones to check in with: {}", count, day,
                    upcoming.values().stream().limit(3).toList());
            return count;
        });
    }
}
