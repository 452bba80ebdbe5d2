package de.foyer.server.devices;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        handle.createUpdate("INSERT INTO device_offices (device_id, office_id) VALUES (:id, :officeId)")
                .bindMethods(device).execute();
    }

    /** Lets the device serve one more office as well. */
    public void addOffice(String deviceId, String officeId) {
        handle.createUpdate("INSERT INTO device_offices (device_id, office_id) VALUES (:device, :office) ON CONFLICT DO NOTHING")
                .bind("device", deviceId).bind("office", officeId).execute();
    }

    /** Lets the device serve these offices; the first becomes its first office. Its streams end, so it learns them anew. */
    public void setOffices(String deviceId, List<String> offices) {
        handle.createUpdate("DELETE FROM device_offices WHERE device_id = :id").bind("id", deviceId).execute();
        handle.createUpdate("""
                        UPDATE devices SET office_id = :first, credentials_version = nextval('device_credentials_version')
                        WHERE id = :id""")
                .bind("id", deviceId).bind("first", offices.get(0)).execute();
        offices.forEach(office -> addOffice(deviceId, office));
    }

    /** The offices a device serves, its first office first. */
    @Override
    public List<String> officesOf(Device device) {
        return handle.createQuery("""
                        SELECT office_id FROM device_offices WHERE device_id = :id
                        ORDER BY office_id <> :first, office_id""")
                .bind("id", device.id()).bind("first", device.officeId()).mapTo(String.class).list();
    }

    public Optional<Device> byId(String id) {
        return handle.createQuery("SELECT * FROM devices WHERE id = :id").bind("id", id).map(DEVICE).findOne();
    }

    @Override
    public List<Device> ofOffice(String officeId) {
        return handle.createQuery("""
                        SELECT d.* FROM devices d JOIN device_offices m ON m.device_id = d.id
                        WHERE m.office_id = :office AND d.revoked_at IS NULL ORDER BY d.kind, d.name""")
                .bind("office", officeId).map(DEVICE).list();
    }

    public void heartbeat(String id, Instant at, String printerStatus) {
        handle.createUpdate("UPDATE devices SET last_seen = :at, printer_status = :status WHERE id = :id")
                .bind("id", id).bind("at", at).bind("status", printerStatus).execute();
    }

    /** Withdraws the token for good; false if the device was revoked already. */
    public boolean revoke(String id, Instant at) {
        return handle.createUpdate("""
                        UPDATE devices SET revoked_at = :at, credentials_version = nextval('device_credentials_version')
                        WHERE id = :id AND revoked_at IS NULL""")
                .bind("id", id).bind("at", at).execute() == 1;
    }

    /**
     * A new name and waiting area. A display moved to another area has its streams ended (like a new
     * token does), so that it comes back showing the calls of its new area.
     */
    public void change(String id, String name, String waitingAreaId) {
        handle.createUpdate("""
                        UPDATE devices SET name = :name, waiting_area_id = :area,
                            credentials_version = CASE WHEN waiting_area_id IS DISTINCT FROM :area
                                THEN nextval('device_credentials_version') ELSE credentials_version END
                        WHERE id = :id""")
                .bind("id", id).bind("name", name).bind("area", waitingAreaId).execute();
    }

    /** The device's new token; the one before stops working with this transaction's commit. */
    public void replaceToken(String id, String tokenHash) {
        handle.createUpdate("""
                        UPDATE devices SET token_hash = :hash, credentials_version = nextval('device_credentials_version')
                        WHERE id = :id""")
                .bind("id", id).bind("hash", tokenHash).execute();
    }

    /** The highest credentials version so far: where watching for changes begins. */
    public long credentialsVersion() {
        return handle.createQuery("SELECT coalesce(max(credentials_version), 0) FROM devices").mapTo(Long.class).one();
    }

    /** The devices whose token was revoked or replaced after the version, with their new versions. */
    public Map<String, Long> credentialsChangedAfter(long version) {
        Map<String, Long> changed = new HashMap<>();
        handle.createQuery("SELECT id, credentials_version FROM devices WHERE credentials_version > :version")
                .bind("version", version)
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("credentials_version")))
                .forEach(entry -> changed.put(entry.getKey(), entry.getValue()));
        return changed;
    }
}
