package de.foyer.server.admin;

import de.foyer.server.booking.Bookings;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueChanges;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Slugs;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an office says about itself: name, short name, address, phone, e-mail, web page, state,
 * time zone, and for its imprint and privacy notice who runs it and its data-protection officer.
 * An administrator reads and changes their own offices only; any other is unknown to them. The
 * installation's administrator makes offices.
 * Absent fields keep their value, an empty one clears an optional field. Changes are audited.
 */
final class OfficeDetails {

    /** The office as the API shows it; the address is one object, as citizens read it. {@code retired}: closed for good. */
    record View(String id, String name, String shortName, Requests.Address address, String phone, String email, String web,
                String state, String timeZone, String operator, String dataProtectionOfficer, boolean retired) {

        static View of(Office office, boolean retired) {
            return new View(office.id(), office.name(), office.shortName(),
                    new Requests.Address(office.street(), office.postalCode(), office.city()), office.phone(), office.email(),
                    office.web(), office.state() == null ? null : office.state().name(), office.timeZone(), office.operator(),
                    office.dataProtectionOfficer(), retired);
        }

        static View of(Catalogue catalogue, Office office) {
            return of(office, openIds(catalogue));
        }

        static View of(Office office, Set<String> open) {
            return of(office, !open.contains(office.id()));
        }

        static Set<String> openIds(Catalogue catalogue) {
            return catalogue.activeOffices().stream().map(Office::id).collect(Collectors.toSet());
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    OfficeDetails(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The offices the administrator keeps: every office for the installation's administrator. */
    List<View> list(Principal.Clerk admin) {
        return jdbi.withHandle(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Set<String> open = View.openIds(catalogue);
            return catalogue.offices().stream().filter(office -> admin.covers(office.id())).map(office -> View.of(office, open)).toList();
        });
    }

    View read(String officeId, Principal.Clerk admin) {
        return jdbi.withHandle(handle -> View.of(Catalogue.on(handle), own(Catalogue.on(handle), officeId, admin)));
    }

    /**
     * Makes an office (a department) of the installation, its id from its name; it needs a name and a
     * state, whose public holidays close it. Its waiting areas, counters, catalogue and hours follow.
     */
    String create(Requests.OfficeChange request, Principal.Clerk admin) {
        String name = Checks.text("name", request.name(), 120);
        if (request.state() == null) {
            throw ApiException.badRequest("INVALID_STATE", "An office needs its state (e.g. \"NW\"): its public holidays close it.");
        }
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            if (catalogue.activeOffices().stream().anyMatch(office -> office.name().equalsIgnoreCase(name))) {
                throw ApiException.conflict("OFFICE_EXISTS", "There is an office called '" + name + "' already.");
            }
            String id = Slugs.free(name, taken -> catalogue.office(taken).isPresent());
            Office office = changed(new Office(id, name, null, null, null, null, null, null, null, Checks.state(request.state()),
                    request.timeZone() == null ? Office.DEFAULT_ZONE.getId() : timeZone(request.timeZone()), null, null), request);
            CatalogueChanges.on(handle).addOffice(office);
            CatalogueSettings.audit(handle, clock.instant(), admin.in(id), "OFFICE_CREATED", id, office.name() + ", " + office.state());
            return id;
        });
    }

    void change(String officeId, Requests.OfficeChange change, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Office changed = changed(own(Catalogue.on(handle), officeId, admin), change);
            CatalogueChanges.on(handle).changeOffice(changed);
            CatalogueSettings.audit(handle, clock.instant(), admin, "SETTINGS_OFFICE", officeId,
                    changed.name() + (changed.state() == null ? "" : ", " + changed.state()) + ", " + changed.timeZone());
        });
    }

    /**
     * Closes the office for good: from today it is closed every day, and it disappears from the portal,
     * the kiosks and the staff's choice of office; its history, statistics and the erasure of its
     * citizens' data stay. Refused while appointments are still to come, so that no citizen is left
     * without word: closing those days first cancels them and tells each citizen.
     */
    void retire(String officeId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            own(Catalogue.on(handle), officeId, admin);
            CatalogueChanges changes = CatalogueChanges.on(handle);
            changes.lockOffice(officeId);
            int booked = Bookings.on(handle).bookedFrom(officeId, clock.instant());
            if (booked > 0) {
                throw ApiException.conflict("OFFICE_HAS_BOOKINGS", "This office still has " + booked
                        + (booked == 1 ? " appointment" : " appointments") + " to come: close those days first (each citizen is told), then retire it.");
            }
            if (!changes.retireOffice(officeId, clock.instant())) {
                throw ApiException.conflict("OFFICE_RETIRED", "This office is retired already.");
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "OFFICE_RETIRED", officeId, "");
        });
    }

    /** Opens a retired office again, with its hours, catalogue and staff as they were. */
    void reinstate(String officeId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            own(Catalogue.on(handle), officeId, admin);
            if (!CatalogueChanges.on(handle).reinstateOffice(officeId)) {
                throw ApiException.conflict("OFFICE_NOT_RETIRED", "This office is open; there is nothing to reinstate.");
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "OFFICE_REINSTATED", officeId, "");
        });
    }

    /** The office as the change leaves it: absent fields as they were, each given one checked. */
    private static Office changed(Office now, Requests.OfficeChange change) {
        Requests.Address address = change.address() == null ? new Requests.Address(null, null, null) : change.address();
        return new Office(now.id(),
                change.name() == null ? now.name() : Checks.text("name", change.name(), 120),
                keep(change.shortName(), now.shortName(), value -> limited("shortName", value, 40)),
                keep(address.street(), now.street(), value -> limited("street", value, 120)),
                keep(address.postalCode(), now.postalCode(), OfficeDetails::postalCode),
                keep(address.city(), now.city(), value -> limited("city", value, 80)),
                keep(change.phone(), now.phone(), OfficeDetails::phone),
                keep(change.email(), now.email(), OfficeDetails::email),
                keep(change.web(), now.web(), OfficeDetails::web),
                change.state() == null ? now.state() : Checks.state(change.state()),
                change.timeZone() == null ? now.timeZone() : timeZone(change.timeZone()),
                keep(change.operator(), now.operator(), value -> legal("INVALID_OPERATOR", "Who runs the office", value)),
                keep(change.dataProtectionOfficer(), now.dataProtectionOfficer(),
                        value -> legal("INVALID_DATA_PROTECTION_OFFICER", "The data-protection officer", value)));
    }

    private static Office own(Catalogue catalogue, String officeId, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        return catalogue.office(officeId).orElseThrow();
    }

    /** Absent: as stored; empty: cleared; else checked. */
    private static String keep(String value, String stored, Function<String, String> check) {
        if (value == null) {
            return stored;
        }
        return value.isBlank() ? null : check.apply(value.strip());
    }

    private static String limited(String field, String value, int longest) {
        return Checks.optionalText(field, value, longest);
    }

    /** A line or two of the imprint or privacy notice: short enough to read, never markup (pages escape it). */
    private static String legal(String code, String what, String value) {
        if (value.length() > 300) {
            throw ApiException.badRequest(code, what + " is said in at most 300 characters.");
        }
        return value;
    }

    private static String postalCode(String value) {
        if (!value.matches("[0-9]{5}")) {
            throw ApiException.badRequest("INVALID_POSTAL_CODE", "A German postal code has five digits, like 50667.");
        }
        return value;
    }

    private static String phone(String value) {
        if (value.length() > 40 || !value.matches("\\+?[0-9 ()/-]+")) {
            throw ApiException.badRequest("INVALID_PHONE", "A phone number has digits, spaces, ( ) / - and may begin with +.");
        }
        return value;
    }

    private static String email(String value) {
        if (value.length() > 200 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.badRequest("INVALID_EMAIL", "The e-mail address is written like buergerbuero@stadt.example.");
        }
        return value;
    }

    private static String web(String value) {
        try {
            URI uri = new URI(value);
            if (value.length() <= 300 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw ApiException.badRequest("INVALID_WEB", "The web page is an address like https://www.stadt.example/buergerbuero.");
    }

    private static String timeZone(String value) {
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw ApiException.badRequest("INVALID_TIME_ZONE", "The time zone is a region like Europe/Berlin.");
        }
    }
}
