package de.foyer.hardware.sim;

import java.nio.file.Path;

/** The simulator's command line: {@code [--port N] [--out DIR] [--paper-out]}. */
record SimulatorOptions(int port, Path outDir, boolean paperOut) {

    static final String USAGE = "usage: ./foyer printer-sim [--port N] [--out DIR] [--paper-out]"
            + " (defaults: port 9100, out ./printer-sim)";

    static SimulatorOptions parse(String... args) {
        int port = 9100;
        Path outDir = Path.of("printer-sim");
        boolean paperOut = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    port = port(valueAfter(args, i++));
                    break;
                case "--out":
                    outDir = Path.of(valueAfter(args, i++));
                    break;
                case "--paper-out":
                    paperOut = true;
                    break;
                default:
                    throw new IllegalArgumentException("Unknown argument '" + args[i] + "'. " + USAGE);
            }
        }
        return new SimulatorOptions(port, outDir, paperOut);
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[index] + " needs a value. " + USAGE);
        }
        return args[index + 1];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw new IllegalArgumentException("--port must be 0–65535, not '" + value + "'. " + USAGE);
    }
}
