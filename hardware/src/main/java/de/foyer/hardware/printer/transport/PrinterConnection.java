package de.foyer.hardware.printer.transport;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalInt;

/** One open line to the printer. Every method returns or fails within the transport's timeouts. */
public interface PrinterConnection extends Closeable {

    /** Sends all bytes; fails when the printer takes none for longer than the write timeout. */
    void write(byte[] bytes) throws IOException;

    /**
     * Sends the real-time status request DLE EOT n and returns the printer's one-byte answer;
     * empty on one-way transports, which cannot hear an answer.
     */
    OptionalInt requestStatus(int n) throws IOException;
}
