package de.foyer.server.devices;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.protocol.Heartbeat;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/** Registers devices and takes their heartbeats. */
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

    /** Registers a device; the answer holds the token, which is stored only as a hash. */
    public DeviceRegistration.Created register(String officeId, String clerkId, DeviceRegistration.Request request,
                                               String fixedSecret) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw ApiException.badRequest("INVALID_NAME", "A device needs a name of at most 100 characters.");
        }
        DeviceKind kind = DeviceKind.named(request.kind()).orElseThrow(() ->
                ApiException.badRequest("INVALID_KIND", "The kind of a device is 'kiosk' or 'display'."));
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            CatalogueService.requireOffice(catalogue, officeId);
            String area = request.waitingArea();
            if (area != null && catalogue.waitingArea(area).filter(found -> found.officeId().equals(officeId)).isEmpty()) {
                throw ApiException.notFound("UNKNOWN_WAITING_AREA", "This office has no waiting area '" + area + "'.");
            }
            if (kind == DeviceKind.DISPLAY && area == null) {
                area = catalogue.waitingAreas(officeId).stream().map(WaitingArea::id).findFirst().orElse(null);
            }
            String id = request.name().trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
            if (new DeviceDao(handle).byId(id).isPresent()) {
                id = id + "-" + tokens.newId().substring(0, 6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
            }
            String token = id + "." + (fixedSecret != null ? fixedSecret : tokens.newToken());
            new DeviceDao(handle).insert(Device.registered(id, officeId, request.name().trim(), kind, area, Tokens.hash(token)));
            if (clerkId != null) {
                new AuditLog(handle).record(clock.instant(), clerkId, "REGISTER_DEVICE", id, kind.name());
            }
            return new DeviceRegistration.Created(id, token);
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
