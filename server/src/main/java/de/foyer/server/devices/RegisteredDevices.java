package de.foyer.server.devices;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** The office's kiosks and displays as the settings list them, on the caller's transaction. */
public interface RegisteredDevices {

    static RegisteredDevices on(Handle handle) {
        return new DeviceDao(handle);
    }

    /** By kind, then name: the devices that serve the office, also those it shares with others. */
    List<Device> ofOffice(String officeId);

    /** The offices a device serves, its first office first. */
    List<String> officesOf(Device device);
}
