package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.server.OfficeDataCache;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The kiosk's logic wired together, without any window: the view model the screens show and the
 * health checks that someone has to run every few seconds.
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
            }
        });
        return new KioskFlow(viewModel, health);
    }
}
