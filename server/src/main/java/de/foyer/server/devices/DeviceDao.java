package de.foyer.server.devices;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registered devices: their tokens' hashes and what they last reported. */
public final class DeviceDao implements RegisteredDevices {

    private static final RowMapper<Device> DEVICE = ConstructorMapper.of(Device.class);

    private final Handle handle;

    public DeviceDao(Handle handle) {
        this.handle = handle;
    }

    public void insert(Device device) {
        handle.createUpdate("""
                        INSERT INTO devices (id, office_id, name, kind, waiting_area_id, token_hash)
                        VALUES (:id, :officeId, :name, :kind, :waitingAreaId, :tokenHash)""")
                .bindMethods(device).execute();
    }

    public Optional<Device> byId(String id) {
        return handle.createQuery("SELECT * FROM devices WHERE id = :id").bind("id", id).map(DEVICE).findOne();
    }

    @Override
    public List<Device> ofOffice(String officeId) {
        return handle.createQuery("SELECT * FROM devices WHERE office_id = :office ORDER BY kind, name")
                .bind("office", officeId).map(DEVICE).list();
    }

    public void heartbeat(String id, Instant at, String printerStatus) {
        handle.createUpdate("UPDATE devices SET last_seen = :at, printer_status = :status WHERE id = :id")
                .bind("id", id).bind("at", at).bind("status", printerStatus).execute();
    }
}
