package de.foyer.hardware.printer.transport;

import java.io.IOException;

/** Where printer bytes go. Opens one connection per ticket, so a printer that was off comes back by itself. */
public interface PrinterTransport {

    PrinterConnection open() throws IOException;

    /** For messages and logs, e.g. "tcp://10.0.0.5:9100". */
    String describe();
}
