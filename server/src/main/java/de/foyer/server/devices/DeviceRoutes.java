package de.foyer.server.devices;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.protocol.Heartbeat;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import de.foyer.server.web.ApiException;
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
            boolean elsewhere = request.office() != null && !request.office().equals(admin.officeId());
            boolean several = request.offices() != null && !request.offices().equals(List.of(admin.officeId()));
            if (elsewhere || several) {
                throw new ApiException(403, "FORBIDDEN", "Devices are registered for your own office only, one office each.");
            }
            String office = admin.officeId();
            ctx.status(201).json(devices.register(office, admin.clerkId(), request, null));
        }, Role.ADMIN);
        routes.post("/api/v1/admin/devices/{id}/token", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            ctx.json(Map.of("token", devices.replaceToken(admin.officeId(), admin.clerkId(), ctx.pathParam("id")).token()));
        }, Role.ADMIN);
        routes.put("/api/v1/admin/devices/{id}", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            devices.change(admin.officeId(), admin.clerkId(), ctx.pathParam("id"), bodies.read(ctx, DeviceService.Change.class));
            ctx.status(204);
        }, Role.ADMIN);
        routes.delete("/api/v1/admin/devices/{id}", ctx -> {
            Principal.Clerk admin = Access.clerk(ctx);
            devices.revoke(admin.officeId(), admin.clerkId(), ctx.pathParam("id"));
            ctx.status(204);
        }, Role.ADMIN);
    }
}
