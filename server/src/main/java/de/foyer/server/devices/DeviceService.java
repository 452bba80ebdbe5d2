package de.foyer.server.devices;

import de.foyer.protocol.DeviceInfo;
import de.foyer.protocol.DeviceRegistration;
import de.foyer.protocol.Heartbeat;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Registers devices, replaces and revokes their tokens, and takes their heartbeats. */
public final class DeviceService {

    private static final Set<String> PRINTER_STATES = Set.of("OK", "PAPER_LOW", "PAPER_OUT", "COVER_OPEN", "OFFLINE");

    private final Jdbi jdbi;
    private final Tokens tokens;
    private final Clock clock;

    public DeviceService(Jdbi jdbi, Tokens tokens, Clock clock) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Registers a device for one office; the answer holds the token, which is stored only as a hash. */
    public DeviceRegistration.Created register(String officeId, String clerkId, DeviceRegistration.Request request,
                                               String fixedSecret) {
        return register(List.of(officeId), clerkId, request, fixedSecret);
    }

    /**
     * Registers a device for its offices, the first of which keeps it: a foyer kiosk may serve several
     * offices of one building, a display shows one office's waiting area.
     */
    public DeviceRegistration.Created register(List<String> offices, String clerkId, DeviceRegistration.Request request,
                                               String fixedSecret) {
        String name = name(request.name());
        DeviceKind kind = DeviceKind.named(request.kind()).orElseThrow(() ->
                ApiException.badRequest("INVALID_KIND", "The kind of a device is 'kiosk' or 'display'."));
        if (offices.isEmpty() || kind == DeviceKind.DISPLAY && offices.size() > 1) {
            throw ApiException.badRequest("INVALID_OFFICES", "A kiosk serves one or more offices; a display shows one office's waiting area.");
        }
        String officeId = offices.get(0);
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            offices.forEach(office -> CatalogueService.requireOffice(catalogue, office));
            String area = request.waitingArea();
            if (area != null) {
                area(catalogue, officeId, area);
            }
            if (kind == DeviceKind.DISPLAY && area == null) {
                area = catalogue.waitingAreas(officeId).stream().map(WaitingArea::id).findFirst().orElse(null);
            }
            String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
            if (new DeviceDao(handle).byId(id).isPresent()) {
                id = id + "-" + tokens.newId().substring(0, 6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
            }
            String token = id + "." + (fixedSecret != null ? fixedSecret : tokens.newToken());
            DeviceDao dao = new DeviceDao(handle);
            dao.insert(Device.registered(id, officeId, name, kind, area, Tokens.hash(token)));
            String device = id;
            offices.forEach(office -> dao.addOffice(device, office));
            if (clerkId != null) {
                new AuditLog(handle).record(clock.instant(), clerkId, officeId, "REGISTER_DEVICE", id, kind.name());
            }
            return new DeviceRegistration.Created(id, token);
        });
    }

    /**
     * Withdraws a device's token for good: the next request with it gets 401, and its open streams end
     * within a second or two (see {@link CredentialWatch}). The device stays in the audit log's history.
     */
    public void revoke(Principal.Clerk admin, String deviceId) {
        jdbi.useTransaction(handle -> {
            DeviceDao dao = new DeviceDao(handle);
            Device device = own(dao, admin, deviceId);
            dao.revoke(device.id(), clock.instant());
            new AuditLog(handle).record(clock.instant(), admin.clerkId(), admin.officeId(), "REVOKE_DEVICE", device.id(), device.kind().name());
        });
    }

    /**
     * What an administrator may change of a device: its name, its waiting area, and a kiosk's offices
     * (its first office first); absent fields keep their value.
     */
    public record Change(String name, String waitingArea, List<String> offices) {
    }

    /**
     * Renames a device, moves it to another waiting area of its office, or lets a kiosk serve other
     * offices; a display that moves starts afresh there.
     */
    public void change(Principal.Clerk admin, String deviceId, Change change) {
        jdbi.useTransaction(handle -> {
            DeviceDao dao = new DeviceDao(handle);
            Device device = own(dao, admin, deviceId);
            String name = change.name() == null ? device.name() : name(change.name());
            String area = change.waitingArea() == null ? device.waitingAreaId()
                    : area(Catalogue.on(handle), device.officeId(), change.waitingArea());
            dao.change(device.id(), name, area);
            String offices = "";
            if (change.offices() != null) {
                List<String> named = admin.keptOffices(change.offices());
                if (named.isEmpty() || device.kind() == DeviceKind.DISPLAY && !named.equals(List.of(device.officeId()))) {
                    throw ApiException.badRequest("INVALID_OFFICES", "A kiosk serves one or more offices; a display shows one office's waiting area.");
                }
                named.forEach(office -> CatalogueService.requireOffice(Catalogue.on(handle), office));
                dao.setOffices(device.id(), named);
                offices = " " + named;
            }
            String office = dao.byId(device.id()).map(Device::officeId).orElse(admin.officeId());
            new AuditLog(handle).record(clock.instant(), admin.clerkId(), office, "CHANGE_DEVICE", device.id(),
                    name + (area == null ? "" : ", " + area) + offices);
        });
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw ApiException.badRequest("INVALID_NAME", "A device needs a name of at most 100 characters.");
        }
        return name.strip();
    }

    private static String area(Catalogue catalogue, String officeId, String area) {
        if (catalogue.waitingArea(area).filter(found -> found.officeId().equals(officeId)).isEmpty()) {
            throw ApiException.notFound("UNKNOWN_WAITING_AREA", "This office has no waiting area '" + area + "'.");
        }
        return area;
    }

    /** Gives the device a new token, shown this once; the one before stops working, and its streams end. */
    public DeviceRegistration.Created replaceToken(Principal.Clerk admin, String deviceId) {
        return jdbi.inTransaction(handle -> {
            DeviceDao dao = new DeviceDao(handle);
            Device device = own(dao, admin, deviceId);
            String token = device.id() + "." + tokens.newToken();
            dao.replaceToken(device.id(), Tokens.hash(token));
            new AuditLog(handle).record(clock.instant(), admin.clerkId(), admin.officeId(), "NEW_DEVICE_TOKEN", device.id(), device.kind().name());
            return new DeviceRegistration.Created(device.id(), token);
        });
    }

    /**
     * A device that serves the office the administrator acts in and is not revoked; any other is unknown
     * to them. A kiosk shared with offices the administrator does not keep is the installation
     * administrator's to change, as a shared account is.
     */
    private static Device own(DeviceDao dao, Principal.Clerk admin, String deviceId) {
        Device device = dao.byId(deviceId).filter(found -> !found.revoked())
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_DEVICE", "This office has no device '" + deviceId + "'."));
        List<String> offices = dao.officesOf(device);
        if (!offices.contains(admin.officeId())) {
            throw ApiException.notFound("UNKNOWN_DEVICE", "This office has no device '" + deviceId + "'.");
        }
        if (!offices.stream().allMatch(admin::covers)) {
            throw new ApiException(403, "DEVICE_OF_OTHER_OFFICES", "This kiosk also serves offices you do not keep:"
                    + " the installation's administrator changes it.");
        }
        return device;
    }

    /** The calling device as the server knows it: a kiosk learns from it which offices it serves. */
    public DeviceInfo describe(Principal.Device caller) {
        return jdbi.withHandle(handle -> {
            Device device = new DeviceDao(handle).byId(caller.deviceId()).orElseThrow();
            // A retired office is one the kiosk no longer offers.
            Set<String> open = Catalogue.on(handle).activeOffices().stream().map(Office::id).collect(Collectors.toSet());
            return new DeviceInfo(device.id(), device.name(), device.kind().name().toLowerCase(Locale.ROOT),
                    caller.offices().stream().filter(open::contains).toList(), device.waitingAreaId());
        });
    }

    public void heartbeat(String deviceId, Heartbeat heartbeat) {
        String status = heartbeat.printer() == null ? null : heartbeat.printer().status();
        if (status != null && !PRINTER_STATES.contains(status)) {
            throw ApiException.badRequest("INVALID_PRINTER_STATUS", "The printer status is one of " + PRINTER_STATES + ".");
        }
        jdbi.useHandle(handle -> new DeviceDao(handle).heartbeat(deviceId, clock.instant(), status));
    }
}
