package de.foyer.server.demo;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.server.booking.DemoBookings;
import de.foyer.server.catalogue.Office;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.staff.ClerkAccount;
import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.Passwords;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Seeds the demo office: catalogue, counters, hours, clerks and devices. */
public final class DemoOffice {

    public static final String OFFICE = "buergerbuero";
    public static final List<String> CLERKS = List.of("clerk1", "clerk2", "clerk3", "clerk4", "clerk5");
    private static final String AREA_A = "buergerbuero-a";
    private static final String AREA_B = "buergerbuero-b";
    // Counters 1–4 do the long cases; 5 and 6 everything; 7 is the quick desk.
    private static final Map<Integer, List<String>> COUNTER_CATEGORIES = Map.of(
            1, List.of("ausweis", "pass", "melden", "bescheinigungen"),
            2, List.of("ausweis", "pass", "melden", "bescheinigungen"),
            3, List.of("ausweis", "pass", "melden", "bescheinigungen"),
            4, List.of("ausweis", "pass", "melden", "bescheinigungen"),
            5, List.of("ausweis", "pass", "melden", "bescheinigungen", "abfall", "fundsachen", "sonstiges"),
            6, List.of("ausweis", "pass", "melden", "bescheinigungen", "abfall", "fundsachen", "sonstiges"),
            7, List.of("melden", "abfall", "fundsachen", "sonstiges"));

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final DeviceService devices;
    private final ClerkDirectory clerks;
    private final Clock bookingsClock;

    /** The office without bookings (as the tests' template database has it). */
    public DemoOffice(Jdbi jdbi, Passwords passwords, DeviceService devices, ClerkDirectory clerks) {
        this(jdbi, passwords, devices, clerks, null);
    }

    /** The office with a day of bookings around the clock's today. */
    public DemoOffice(Jdbi jdbi, Passwords passwords, DeviceService devices, ClerkDirectory clerks, Clock bookingsClock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.devices = devices;
        this.clerks = clerks;
        this.bookingsClock = bookingsClock;
    }

    /**
     * Seeds the office if the database has none; returns the device tokens by device, or an empty map
     * if nothing was seeded. The staff sign in with {@code password}; the devices' tokens are random
     * (a {@code deviceSecret} makes them fixed, for tests that must know them, and is never a password).
     */
    public Map<String, String> seedIfEmpty(String password, String deviceSecret) {
        boolean empty = jdbi.withHandle(handle -> new DemoDao(handle).noOffices());
        if (!empty) {
            return Map.of();
        }
        String hash = passwords.hash(password);
        jdbi.useTransaction(handle -> {
            DemoDao dao = new DemoDao(handle);
            dao.insertOffice(OFFICE, Office.DEFAULT_ZONE, AREA_A, AREA_B);
            new DemoCatalogue(dao, OFFICE).load();
            seedCounters(dao);
            seedHours(dao);
            for (int i = 0; i < CLERKS.size(); i++) {
                clerks.add(handle, new ClerkAccount(CLERKS.get(i), OFFICE, CLERKS.get(i), "Sachbearbeitung " + (i + 1), hash, "CLERK", true));
            }
            clerks.add(handle, new ClerkAccount("admin", OFFICE, "admin", "Leitung Bürgerbüro", hash, "ADMIN", true));
        });
        if (bookingsClock != null) {
            new DemoBookings(jdbi, bookingsClock).seed(OFFICE);
        }
        return Map.of(
                "kiosk-1", devices.register(OFFICE, null, new DeviceRegistration.Request("kiosk-1", "kiosk", null, OFFICE), deviceSecret).token(),
                "display-1", devices.register(OFFICE, null, new DeviceRegistration.Request("display-1", "display", AREA_A, OFFICE), deviceSecret).token(),
                "display-2", devices.register(OFFICE, null, new DeviceRegistration.Request("display-2", "display", AREA_B, OFFICE), deviceSecret).token());
    }

    private static void seedCounters(DemoDao dao) {
        for (int number = 1; number <= 7; number++) {
            String id = OFFICE + "-" + number;
            dao.insertCounter(id, OFFICE, Integer.toString(number), number <= 4 ? AREA_A : AREA_B, number);
            for (String category : COUNTER_CATEGORIES.get(number)) {
                dao.serveCategory(id, category);
            }
        }
    }

    /** Long Tuesday and Thursday afternoons for working people, and a Saturday morning. */
    private static void seedHours(DemoDao dao) {
        Object[][] hours = {
                {1, "08:00", "16:00"}, {2, "08:00", "18:00"}, {3, "08:00", "13:00"},
                {4, "08:00", "18:00"}, {5, "08:00", "13:00"}, {6, "09:00", "12:00"}};
        for (Object[] day : hours) {
            dao.insertOpeningHours(OFFICE, (Integer) day[0], LocalTime.parse((String) day[1]), LocalTime.parse((String) day[2]));
        }
    }
}
