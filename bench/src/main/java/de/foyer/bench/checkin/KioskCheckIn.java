package de.foyer.bench.checkin;

import de.foyer.bench.Samples;
import de.foyer.hardware.printer.Ticket;
import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.hardware.scanner.ScanListener;
import de.foyer.hardware.scanner.ScannerStatus;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.client.ServerClient;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What a kiosk does with a scan, without its screens: hands the code to a worker (never the
 * scanner's thread), checks in at the server, and prints the ticket it gets.
 */
final class KioskCheckIn implements ScanListener, AutoCloseable {

    private final ServerClient server;
    private final URI base;
    private final TicketPrinter printer;
    private final Consumer<Exception> problems;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
    final Samples checkInMillis = new Samples();
    final Samples printMillis = new Samples();

    KioskCheckIn(ServerClient server, URI base, TicketPrinter printer, Consumer<Exception> problems) {
        this.server = server;
        this.base = base;
        this.printer = printer;
        this.problems = problems;
    }

    /** Waits until the scanner driver has opened its port. */
    boolean awaitConnected(long seconds) throws InterruptedException {
        return connected.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void statusChanged(ScannerStatus status) {
        if (status == ScannerStatus.CONNECTED) {
            connected.countDown();
        }
    }

    @Override
    public void scanned(String code) {
        worker.execute(() -> {
            try {
                long start = System.nanoTime();
                TicketIssued issued = server.checkIn(code);
                long checkedIn = System.nanoTime();
                printer.print(ticket(issued), Locale.GERMANY);
                checkInMillis.addNanosAsMillis(checkedIn - start);
                printMillis.addNanosAsMillis(System.nanoTime() - checkedIn);
            } catch (Exception e) {
                problems.accept(e);
            }
        });
    }

    private Ticket ticket(TicketIssued issued) {
        String link = issued.ticket().link() == null ? "/" : issued.ticket().link();
        return new Ticket("Bürgerbüro im Rathaus", issued.ticket().number(), issued.ticket().service(), issued.ticket().waitingArea(),
                issued.ticket().issuedAt() == null ? LocalDateTime.now() : issued.ticket().issuedAt().toLocalDateTime(),
                issued.estimatedWaitMinutes(), "", base.resolve(link).toString());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
