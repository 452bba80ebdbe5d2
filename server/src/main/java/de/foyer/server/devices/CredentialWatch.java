package de.foyer.server.devices;

import org.jdbi.v3.core.Jdbi;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the devices whose token was revoked or replaced since it last looked, on any server
 * instance, and hands their ids on (the streams they hold are ended). Run about once a second: one
 * indexed query that usually finds nothing. Versions come from a sequence; a change whose transaction
 * commits after a later one was seen is missed by the streams only, never by the 401 its next
 * request gets, and two such changes within the same moment are rare enough to accept. Streams are
 * ended by device, not by token: a device that connects with its new token within the same second
 * may be sent away once more, and simply connects again.
 */
public final class CredentialWatch implements Runnable {

    private final Jdbi jdbi;
    private final Consumer<String> changed;
    private long seen;

    /** Begins at the present: what changed before the server started has no streams here. */
    public CredentialWatch(Jdbi jdbi, Consumer<String> changed) {
        this.jdbi = jdbi;
        this.changed = changed;
        this.seen = jdbi.withHandle(handle -> new DeviceDao(handle).credentialsVersion());
    }

    @Override
    public synchronized void run() {
        Map<String, Long> found = jdbi.withHandle(handle -> new DeviceDao(handle).credentialsChangedAfter(seen));
        for (Map.Entry<String, Long> device : found.entrySet()) {
            seen = Math.max(seen, device.getValue());
            changed.accept(device.getKey());
        }
    }
}
