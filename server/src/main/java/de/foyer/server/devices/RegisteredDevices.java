package de.foyer.server.devices;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** The office's kiosks and displays as the settings list them, on the caller's transaction. */
public interface RegisteredDevices {

    static RegisteredDevices on(Handle handle) {
        return new DeviceDao(handle);
    }

    /** By kind, then name. */
    List<Device> ofOffice(String officeId);
}
