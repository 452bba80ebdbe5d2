package de.foyer.server.devices;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.protocol.Heartbeat;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;

import java.util.List;
import java.util.Map;

public final class DeviceRoutes {

    private final DeviceService devices;
    private final Bodies bodies;

    public DeviceRoutes(DeviceService devices, Bodies bodies) {
        this.devices = devices;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/devices/heartbeat", ctx -> {
            devices.heartbeat(Access.device(ctx).deviceId(), bodies.readOptional(ctx, Heartbeat.class, new Heartbeat(null)));
            ctx.status(204);
        }, Role.KIOSK, Role.DISPLAY);
        routes.post("/api/v1/admin/devices", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            DeviceRegistration.Request request = bodies.read(ctx, DeviceRegistration.Request.class);
            ctx.status(201).json(devices.register(offices(request, admin), admin.clerkId(), request, null));
        }, Role.OFFICE_ADMIN);
        routes.get("/api/v1/devices/me", ctx -> ctx.json(devices.describe(Access.device(ctx))), Role.KIOSK, Role.DISPLAY);
        routes.post("/api/v1/admin/devices/{id}/token", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            ctx.json(Map.of("token", devices.replaceToken(admin, ctx.pathParam("id")).token()));
        }, Role.OFFICE_ADMIN);
        routes.put("/api/v1/admin/devices/{id}", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            devices.change(admin, ctx.pathParam("id"), bodies.read(ctx, DeviceService.Change.class));
            ctx.status(204);
        }, Role.OFFICE_ADMIN);
        routes.delete("/api/v1/admin/devices/{id}", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            devices.revoke(admin, ctx.pathParam("id"));
            ctx.status(204);
        }, Role.OFFICE_ADMIN);
    }

    /**
     * The offices a new device serves: those the request names ({@code offices}, or the older single
     * {@code office}), else the office the administrator acts in. Each must be one of the administrator's.
     */
    private static List<String> offices(DeviceRegistration.Request request, Principal.Clerk admin) {
        List<String> named = request.offices() != null ? request.offices()
                : request.office() != null ? List.of(request.office()) : List.of(admin.officeId());
        return admin.keptOffices(named);
    }
}
