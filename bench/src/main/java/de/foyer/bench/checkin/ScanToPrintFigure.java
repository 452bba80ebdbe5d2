package de.foyer.bench.checkin;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Measurement;
import de.foyer.bench.Samples;
import de.foyer.bench.server.BenchServer;
import de.foyer.bench.server.OfficeClock;
import de.foyer.bench.server.OfficeLoad;
import de.foyer.hardware.printer.TicketPrinters;
import de.foyer.hardware.scanner.SerialBarcodeScanner;
import de.foyer.hardware.sim.PrinterSimulator;
import de.foyer.protocol.client.ServerClient;
import de.foyer.server.booking.BookingSettings;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Figure 5: a citizen holds the confirmation's QR code to the kiosk's scanner; the clock runs from
 * the scanner's last byte (the CR after the code) until the ticket's last byte has reached the
 * printer. Real parts all the way: the serial scanner driver on a pseudo-terminal, the server's
 * check-in, the ESC/POS printer driver over TCP, and the printer simulator answering status as a printer does.
 */
public final class ScanToPrintFigure implements Figure {

    private static final int LANES = 20;
    private static final int WARM_UP = 5;
    private static final double TARGET_MILLIS = 200;

    @Override
    public String key() {
        return "scan_to_print";
    }

    @Override
    public String title() {
        return "Scan to print";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        if (!ScannerLine.available()) {
            return FigureResult.notMeasured("socat is not installed: it makes the serial line the scanner driver reads");
        }
        // Twenty lanes at six times from 10:05 to 10:30: every booking may check in at 10:00.
        int scans = Math.min(run.mode().scans, 6 * LANES - WARM_UP);
        LocalDateTime now = OfficeClock.nextTuesday(LocalTime.of(10, 0));
        try (BenchServer server = BenchServer.start(run.database(), key(), now, BookingSettings.defaults())) {
            new OfficeLoad(server.database()).addClerksAndCounters(LANES);
            server.database().jdbi().useHandle(handle -> handle.execute("""
                    INSERT INTO booking_rules (office_id, staffed_counters) VALUES ('buergerbuero', ?)
                    ON CONFLICT (office_id) DO UPDATE SET staffed_counters = EXCLUDED.staffed_counters""", LANES));
            List<String> qrs = StaffBookings.book(server, now, scans + WARM_UP, LANES);
            run.progress("%d bookings due within the half hour; scanning their QR codes one after the other", qrs.size());
            BlockingQueue<Long> printed = new LinkedBlockingQueue<>();
            List<Exception> problems = new CopyOnWriteArrayList<>();
            Samples millis = new Samples();
            try (PrinterSimulator printer = new PrinterSimulator(InetAddress.getLoopbackAddress(), 0, false,
                    ticket -> printed.add(System.nanoTime()));
                 ScannerLine line = ScannerLine.open(run.scratch(key()))) {
                int port = printer.start();
                ServerClient kiosk = new ServerClient(server.uri("/"), server.deviceToken("kiosk-1"), Duration.ofSeconds(30));
                try (KioskCheckIn checkIn = new KioskCheckIn(kiosk, server.uri("/"), TicketPrinters.fromSetting("tcp://127.0.0.1:" + port),
                        problems::add);
                     SerialBarcodeScanner scanner = new SerialBarcodeScanner(line.devicePath().toString(), 9600, SerialBarcodeScanner.REOPEN_BACKOFF)) {
                    scanner.start(checkIn);
                    if (!checkIn.awaitConnected(10)) {
                        throw new IllegalStateException("the scanner driver did not open " + line.devicePath());
                    }
                    for (int scan = 0; scan < qrs.size(); scan++) {
                        line.send(qrs.get(scan));
                        long sent = System.nanoTime();
                        Long done = printed.poll(10, TimeUnit.SECONDS);
                        if (done == null) {
                            throw new BenchFailure("scan " + (scan + 1) + " printed no ticket within 10 s"
                                    + (problems.isEmpty() ? "" : ": " + problems.get(0)));
                        }
                        if (scan >= WARM_UP) {
                            millis.addNanosAsMillis(done - sent);
                        }
                    }
                    int tickets = server.database().jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT count(*) FROM tickets WHERE kind = 'APPOINTMENT'").mapTo(Integer.class).one());
                    if (tickets != qrs.size() || !problems.isEmpty()) {
                        throw new BenchFailure(qrs.size() + " check-ins made " + tickets + " tickets" + (problems.isEmpty() ? "" : "; " + problems.get(0)));
                    }
                    return FigureResult.measured(scans + " check-ins by QR code, one after the other", List.of(
                                    Measurement.of("p50", "last scanner byte → last printer byte, p50", millis.median(), "ms"),
                                    Measurement.below("p99", "last scanner byte → last printer byte, p99",
                                            millis.percentile(99), "ms", TARGET_MILLIS),
                                    Measurement.of("max", "last scanner byte → last printer byte, max", millis.max(), "ms"),
                                    Measurement.of("check_in_p50", "of which the check-in request, p50", checkIn.checkInMillis.median(), "ms"),
                                    Measurement.of("print_p50", "of which printing (status, ticket over TCP), p50", checkIn.printMillis.median(), "ms")),
                            List.of("Scanner: the kiosk's serial driver on a socat pseudo-terminal; printer: the ESC/POS driver over TCP "
                                    + "to the printer simulator (answers status like an Epson); after " + WARM_UP + " scans to warm up."));
                }
            }
        }
    }
}
