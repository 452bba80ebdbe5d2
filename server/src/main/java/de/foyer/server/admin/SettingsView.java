package de.foyer.server.admin;

import de.foyer.server.booking.BookingRules;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.CounterState;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.devices.DeviceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything an administrator sets for the office, as it is now. */
record SettingsView(String office, OfficeDetails.View details, List<Category> categories, List<Service> services, List<CounterRow> counters,
                    List<WaitingArea> waitingAreas, Map<Integer, String> openingHours, List<ClosureRow> closures,
                    BookingRules bookingRules, int maxRecalls, List<DeviceRow> devices, List<NoticeRow> notices,
                    List<ClerkRow> clerks, List<RetiredRow> retired) {

    /** What can be taken out of service and put back, by the address of its routes. */
    enum Retired {
        SERVICE("services"), COUNTER("counters");

        private final String path;

        Retired(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** A service or counter taken out of service, which can be put back. */
    record RetiredRow(Retired kind, String id, String name) {
    }

    record CounterRow(String id, String name, String waitingArea, CounterState state, List<String> services) {
    }

    record ClosureRow(LocalDate day, String reason) {
    }

    /**
     * A device is online when its last heartbeat is recent; the token is never shown again.
     *
     * @param offices the offices the device serves, its first office first: a foyer kiosk may serve several
     */
    record DeviceRow(String id, String name, DeviceKind kind, String waitingArea, Instant lastSeen, boolean online,
                     String printerStatus, List<String> offices) {
    }

    record NoticeRow(String id, String text, String textEn, String waitingArea, LocalDate shownFrom, LocalDate shownUntil) {
    }

    /** @param offices the offices the account belongs to, its first office first */
    record ClerkRow(String id, String username, String displayName, String role, boolean active, Instant lockedUntil, List<String> offices) {
    }
}
