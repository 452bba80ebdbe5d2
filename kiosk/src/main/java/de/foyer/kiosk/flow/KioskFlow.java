package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.server.OfficeDataCache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The kiosk's logic wired together, without any window: the view model the screens show and the
 * health checks that someone has to run every few seconds. While the server answers them, they also
 * keep the offices' names current for the home screen's greeting.
 */
public record KioskFlow(KioskViewModel viewModel, DeviceHealth health) {

    /** How long the offices' names and catalogues are used before they are fetched again. */
    static final Duration CATALOGUE_MAX_AGE = Duration.ofMinutes(10);

    /**
     * @param healthSender where heartbeats go out at once after a print showed a printer problem
     * @param idleTimeout  after this long untouched, the kiosk returns home for the next citizen
     */
    public static KioskFlow create(KioskServer server, TicketPrinter printer, Tasks tasks, Executor healthSender,
                                   Clock clock, Duration idleTimeout) {
        DeviceHealth health = new DeviceHealth(server, printer, healthSender);
        OfficeDataCache offices = new OfficeDataCache(server, clock, CATALOGUE_MAX_AGE);
        KioskViewModel viewModel = new KioskViewModel(new TicketDesk(server, offices, printer, health), tasks,
                new IdleWatch(clock, idleTimeout));
        health.listen(new DeviceHealth.Listener() {
            public void printerStatus(PrinterStatus status) {
                tasks.ui().execute(() -> viewModel.printerChanged(status));
            }

            public void serverReachable(boolean reachable) {
                tasks.ui().execute(() -> viewModel.reachabilityChanged(reachable));
                if (reachable) {
                    // The home screen greets with the office's name: the names are fetched here, off the UI
                    // thread, and only when the cache finds them old, as often as a walk-in would.
                    List<OfficeData> served = offices.refresh();
                    tasks.ui().execute(() -> viewModel.officesKnown(served));
                }
            }
        });
        return new KioskFlow(viewModel, health);
    }
}
