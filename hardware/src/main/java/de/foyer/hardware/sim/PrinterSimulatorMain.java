package de.foyer.hardware.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Starts the printer simulator: {@code ./foyer printer-sim [--port N] [--out DIR] [--paper-out]}. */
@Command(name = "printer-sim", sortOptions = false, usageHelpAutoWidth = true,
        description = "A network ticket printer that shows what it receives: every ticket becomes a picture and a text file.")
public final class PrinterSimulatorMain implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9100", converter = PortNumber.class,
            description = "the TCP port to listen on, 0 for any free one (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "printer-sim",
            description = "where the printed tickets go (default ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--paper-out", description = "report an empty paper roll and print nothing")
    boolean paperOut;

    public static void main(String[] args) {
        // Pictures are drawn with java.awt; a server has no display.
        System.setProperty("java.awt.headless", "true");
        int exit = new CommandLine(new PrinterSimulatorMain()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
        // Otherwise the simulator's threads keep the process running.
    }

    @Override
    public Integer call() throws IOException {
        TicketFiles files = new TicketFiles(outDir, Clock.systemDefaultZone());
        PrinterSimulator simulator = new PrinterSimulator(null, port, paperOut, ticket -> {
            TicketFiles.Written written = files.write(ticket);
            System.out.println("Ticket " + ticket.number() + " printed: " + written.picture() + " (text: "
                    + written.text().getFileName() + ")");
        });
        int listening = simulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (IOException ignored) {
                // The process ends anyway.
            }
        }));
        System.out.println("Printer simulator listening on port " + listening + ", tickets go to "
                + outDir.toAbsolutePath() + (paperOut ? " (out of paper)" : ""));
        return 0;
    }

    /** A TCP port number; anything else is refused while the command line is read. */
    static final class PortNumber implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Refused below.
            }
            throw new CommandLine.TypeConversionException("a port is a number from 0 to 65535, not '" + value + "'.");
        }
    }
}
