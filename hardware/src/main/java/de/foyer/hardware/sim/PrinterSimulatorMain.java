package de.foyer.hardware.sim;

import java.io.IOException;
import java.time.Clock;

/** Starts the printer simulator: {@code ./foyer printer-sim [--port N] [--out DIR] [--paper-out]}. */
public final class PrinterSimulatorMain {

    private PrinterSimulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        // Pictures are drawn with java.awt; a server has no display.
        System.setProperty("java.awt.headless", "true");
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TicketFiles files = new TicketFiles(options.outDir(), Clock.systemDefaultZone());
        PrinterSimulator simulator = new PrinterSimulator(null, options.port(), options.paperOut(), ticket -> {
            TicketFiles.Written written = files.write(ticket);
            System.out.println("Ticket " + ticket.number() + " printed: " + written.picture() + " (text: "
                    + written.text().getFileName() + ")");
        });
        int port = simulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (IOException ignored) {
                // The process ends anyway.
            }
        }));
        System.out.println("Printer simulator listening on port " + port + ", tickets go to "
                + options.outDir().toAbsolutePath() + (options.paperOut() ? " (out of paper)" : ""));
    }
}
