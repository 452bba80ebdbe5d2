package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.server.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Watches the printer and the line to the server: {@link #check()} runs every few seconds off the
 * UI thread, asks the printer how it is and sends a heartbeat with that status, so the staff's
 * console shows a lack of paper and the kiosk learns when the server is back. A printer problem
 * met while printing is reported at once.
 */
public final class DeviceHealth {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceHealth.class);

    /** Told of every check's result; called on the checking thread. */
    public interface Listener {
        void printerStatus(PrinterStatus status);

        void serverReachable(boolean reachable);
    }

    private final KioskServer server;
    private final TicketPrinter printer;
    private final Executor sender;
    private volatile Listener listener = new Listener() {
        public void printerStatus(PrinterStatus status) {
        }

        public void serverReachable(boolean reachable) {
        }
    };
    private volatile PrinterStatus printerStatus = PrinterStatus.OK;
    private volatile Boolean reachable;

    /** {@code sender} runs the heartbeats sent at once, off the caller's thread. */
    public DeviceHealth(KioskServer server, TicketPrinter printer, Executor sender) {
        this.server = server;
        this.printer = printer;
        this.sender = sender;
    }

    /** Set once, before the first check: the view model it reports to is built after this. */
    public void listen(Listener reporting) {
        this.listener = reporting;
    }

    /** Asks the printer, then tells the server. */
    public void check() {
        PrinterStatus status = printer.status();
        remember(status);
        heartbeat(status);
    }

    /** The printer's state as last seen, by a check or by a print. */
    public PrinterStatus printerStatus() {
        return printerStatus;
    }

    /** What a print just showed; a change goes to the server now rather than at the next check. */
    public void observed(PrinterStatus status) {
        if (remember(status)) {
            sender.execute(() -> heartbeat(status));
        }
    }

    private boolean remember(PrinterStatus status) {
        PrinterStatus before = printerStatus;
        printerStatus = status;
        listener.printerStatus(status);
        if (before != status) {
            LOG.info("Printer now {}", status);
        }
        return before != status;
    }

    private void heartbeat(PrinterStatus status) {
        boolean answered;
        try {
            server.heartbeat(status.name());
            answered = true;
        } catch (IOException e) {
            answered = false;
        } catch (Refused refusal) {
            // The server is there but refuses this kiosk (token revoked?): staff must look; the kiosk stays usable.
            LOG.error("Server refused the heartbeat: {} {}", refusal.code(), refusal.getMessage());
            answered = true;
        }
        if (reachable == null || reachable != answered) {
            LOG.info(answered ? "Server reachable" : "Server not reachable; retrying in the background");
        }
        reachable = answered;
        listener.serverReachable(answered);
    }
}
