package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.booking.ImportResult;
import de.foyer.protocol.booking.ImportedBooking;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes over appointments booked in another system. Each gets a code of ours, as long and random
 * as any (the other system's numbers may be four digits anyone could guess); its own number stays
 * beside it, for staff to find the booking by and to recognise it in a second import. Citizens
 * with an e-mail address get our confirmation with the new code and QR. All or nothing: a file
 * with any bad line stores nothing and the answer names every bad line; lines imported before are
 * skipped, so the same file may be sent again. Imported bookings take a free lane where there is
 * one; they are stored even where there is none, because the citizens hold them already.
 */
public final class BookingImport {

    static final int SHORTEST_CODE = 4;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens;
    private final SlotPlanner planner = new SlotPlanner();
    private final BookingCodes codes = new BookingCodes();

    public BookingImport(Jdbi jdbi, Clock clock, Tokens tokens) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** One booking of the file, with the line (or position) that names it in errors. */
    public record Line(int number, ImportedBooking booking) {
    }

    public ZoneId zoneOf(String officeId) {
        return jdbi.withHandle(handle -> CatalogueService.requireOffice(Catalogue.on(handle), officeId).zone());
    }

    public ImportResult store(String officeId, List<Line> lines, List<ImportResult.LineError> readErrors, Principal.Clerk admin) {
        if (lines.isEmpty() && readErrors.isEmpty()) {
            throw ApiException.badRequest("NOTHING_TO_IMPORT", "The import holds no bookings.");
        }
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Catalogue catalogue = Catalogue.on(handle);
            BookingDao bookings = new BookingDao(handle);
            Office office = CatalogueService.requireOffice(catalogue, officeId);
            bookings.lockImports(office.id());
            List<ImportResult.LineError> errors = new ArrayList<>(readErrors);
            List<Booking> fresh = new ArrayList<>();
            Map<String, String> foreignCodes = new HashMap<>();
            Set<String> codesInFile = new HashSet<>();
            int skipped = 0;
            for (Line line : lines) {
                Optional<Booking> booking = check(line, office, catalogue, bookings, now, errors);
                if (booking.isEmpty()) {
                    continue;
                }
                String foreign = BookingCodes.normalize(line.booking().code());
                if (!codesInFile.add(foreign)) {
                    errors.add(new ImportResult.LineError(line.number(), "DUPLICATE_CODE", "This code appears twice in the import."));
                    continue;
                }
                Optional<Booking> existing = bookings.byForeignCode(office.id(), foreign);
                if (existing.isEmpty()) {
                    fresh.add(booking.get());
                    foreignCodes.put(booking.get().id(), foreign);
                } else if (sameAppointment(existing.get(), booking.get())) {
                    skipped++;
                } else {
                    errors.add(new ImportResult.LineError(line.number(), "CODE_TAKEN", "Another booking has this code already."));
                }
            }
            if (!errors.isEmpty()) {
                String message = errors.size() + " line(s) of the import cannot be taken over; nothing was stored.";
                throw BookingRefusal.withFields(400, "IMPORT_INVALID", message, Map.of("errors", errors));
            }
            int overCapacity = insertWithLanes(bookings, catalogue, office, fresh, now);
            BookingRules rules = bookings.rules(office.id());
            List<ImportResult.NewCode> newCodes = new ArrayList<>();
            for (Booking booking : fresh) {
                bookings.setForeignCode(booking.id(), foreignCodes.get(booking.id()));
                newCodes.add(new ImportResult.NewCode(foreignCodes.get(booking.id()), booking.code()));
                if (booking.email() != null) {
                    BookingService.queueMails(handle, booking, rules, now);
                }
            }
            new AuditLog(handle).record(now, admin.clerkId(), office.id(), "BOOKINGS_IMPORTED", office.id(), fresh.size() + " imported, " + skipped + " skipped");
            return new ImportResult(fresh.size(), skipped, overCapacity, List.of(), newCodes);
        });
    }

    private Optional<Booking> check(Line line, Office office, Catalogue catalogue, BookingDao bookings, Instant now,
                                    List<ImportResult.LineError> errors) {
        ImportedBooking wanted = line.booking();
        try {
            String code = BookingCodes.normalize(wanted.code());
            if (code.length() < SHORTEST_CODE || code.length() > BookingCodes.LONGEST_FOREIGN) {
                throw ApiException.badRequest("INVALID_CODE", "A code needs " + SHORTEST_CODE + " to " + BookingCodes.LONGEST_FOREIGN + " letters or digits.");
            }
            Service service = BookingChecks.service(catalogue::service, office, wanted.service(), Channel.IMPORT);
            BookingInput input = BookingInput.check(wanted.name(), wanted.email(), wanted.phone(), wanted.persons(), null, false);
            if (wanted.start() == null) {
                throw ApiException.badRequest("START_REQUIRED", "The appointment's time is missing.");
            }
            Instant start = wanted.start().toInstant();
            if (!start.isAfter(now)) {
                throw ApiException.badRequest("PAST_DATE", "This appointment has passed.");
            }
            Instant end = start.plus(Duration.ofMinutes((long) service.durationMinutes() * input.persons()));
            return Optional.of(Booking.booked(tokens.newId(), ourCode(bookings), Channel.IMPORT,
                    new Booking.Appointment(office.id(), service.id(), input.persons(), LocalDate.ofInstant(start, office.zone()),
                            start, end, null),
                    new Booking.Citizen(input.name(), input.email(), input.emailKey(), input.phone(), CitizenLanguage.DE), now, null));
        } catch (ApiException refusal) {
            errors.add(new ImportResult.LineError(line.number(), refusal.code(), refusal.getMessage()));
            return Optional.empty();
        }
    }

    private String ourCode(BookingDao bookings) {
        String code = codes.newCode();
        while (bookings.codeExists(code)) {
            code = codes.newCode();
        }
        return code;
    }

    private static boolean sameAppointment(Booking stored, Booking wanted) {
        return stored.officeId().equals(wanted.officeId()) && stored.serviceId().equals(wanted.serviceId())
                && stored.startsAt().equals(wanted.startsAt());
    }

    /** Days are locked in date order, as every booking locks them, so an import never deadlocks with the portal. */
    private int insertWithLanes(BookingDao bookings, Catalogue catalogue, Office office, List<Booking> fresh, Instant now) {
        Set<LocalDate> days = new TreeSet<>();
        fresh.forEach(booking -> days.add(booking.day()));
        BookableOffice bookable = BookableOffice.read(catalogue, bookings, office.id(), now);
        Map<LocalDate, SlotPlanner.Day> plans = new HashMap<>();
        Map<LocalDate, List<SlotPlanner.Occupation>> taken = new HashMap<>();
        for (LocalDate day : days) {
            bookings.lockDay(office.id(), day);
            Capacity capacity = Capacity.load(bookable, catalogue, bookings, day, day, now);
            plans.put(day, capacity.day(day));
            taken.put(day, new ArrayList<>(capacity.occupations(day)));
        }
        int overCapacity = 0;
        for (Booking booking : fresh) {
            List<SlotPlanner.Occupation> occupations = taken.get(booking.day());
            SlotPlanner.Occupation wanted = booking.occupation(office.zone());
            Optional<Integer> lane = planner.laneFor(plans.get(booking.day()), occupations, wanted.start(), wanted.end());
            Booking placed = booking.onLane(lane.orElse(null));
            occupations.add(placed.occupation(office.zone()));
            overCapacity += lane.isEmpty() ? 1 : 0;
            bookings.insert(placed);
        }
        return overCapacity;
    }
}
