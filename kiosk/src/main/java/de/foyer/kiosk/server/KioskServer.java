package de.foyer.kiosk.server;

import de.foyer.kiosk.text.Language;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What the kiosk asks of the server, in the kiosk's own terms. Every call blocks and may take
 * seconds: call them off the UI thread. {@link IOException} means the server could not be reached,
 * {@link Refused} that it answered no.
 */
public interface KioskServer {

    /**
     * The offices this kiosk serves, its first office first, each with its name, waiting areas and
     * services. A foyer kiosk may serve several offices of one building; usually it serves one.
     */
    List<OfficeData> offices() throws IOException, Refused;

    /** Minutes a newcomer to this office would wait now, by service id. */
    Map<String, Integer> waits(String office) throws IOException, Refused;

    /**
     * Checks in by the QR code's text or a typed booking code, for whichever of the kiosk's offices it
     * was booked; the citizen's language goes with it for the ticket's page.
     */
    IssuedTicket checkIn(String scan, Language language) throws IOException, Refused;

    /**
     * A walk-in ticket at one of the kiosk's offices for a service and a number of persons (or
     * documents); the citizen's language goes with it for the ticket's page and notifications.
     */
    IssuedTicket issueTicket(String office, String service, int persons, Language language) throws IOException, Refused;

    /** Tells the server the kiosk is alive and how its printer is, so staff see a lack of paper. */
    void heartbeat(String printerStatus) throws IOException, Refused;
}
