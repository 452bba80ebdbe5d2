package de.foyer.kiosk.server;

import java.io.IOException;
import java.util.Map;

/**
 * What the kiosk asks of the server, in the kiosk's own terms. Every call blocks and may take
 * seconds: call them off the UI thread. {@link IOException} means the server could not be reached,
 * {@link Refused} that it answered no.
 */
public interface KioskServer {

    /** The office's name, waiting areas and services. */
    OfficeData officeData() throws IOException, Refused;

    /** Minutes a newcomer would wait now, by service id. */
    Map<String, Integer> waits() throws IOException, Refused;

    /** Checks in by the QR code's text or a typed booking code. */
    IssuedTicket checkIn(String scan) throws IOException, Refused;

    /** A walk-in ticket for a service and a number of persons (or documents). */
    IssuedTicket issueTicket(String service, int persons) throws IOException, Refused;

    /** Tells the server the kiosk is alive and how its printer is, so staff see a lack of paper. */
    void heartbeat(String printerStatus) throws IOException, Refused;
}
