package de.foyer.hardware.printer;

import de.foyer.hardware.printer.transport.DeviceFileTransport;
import de.foyer.hardware.printer.transport.FolderTransport;
import de.foyer.hardware.printer.transport.PrinterTransport;
import de.foyer.hardware.printer.transport.SerialTransport;
import de.foyer.hardware.printer.transport.TcpTransport;
import de.foyer.hardware.printer.transport.Timeouts;

/** Builds the printer a setting describes. */
public final class TicketPrinters {

    private TicketPrinters() {
    }

    /** The printer for a FOYER_PRINTER value; refuses a wrong value with the accepted forms. */
    public static EscPosTicketPrinter fromSetting(String setting) {
        return create(PrinterConfig.parse(setting), Timeouts.DEFAULT);
    }

    public static EscPosTicketPrinter create(PrinterConfig config, Timeouts timeouts) {
        return new EscPosTicketPrinter(new TicketRenderer(config.paper(), config.qrMode()),
                transport(config.connection(), timeouts));
    }

    static PrinterTransport transport(PrinterConfig.Connection connection, Timeouts timeouts) {
        if (connection instanceof PrinterConfig.Tcp tcp) {
            return new TcpTransport(tcp.host(), tcp.port(), timeouts);
        }
        if (connection instanceof PrinterConfig.Serial serial) {
            return new SerialTransport(serial.path(), serial.baud(), timeouts);
        }
        if (connection instanceof PrinterConfig.Device device) {
            return new DeviceFileTransport(device.path(), timeouts);
        }
        if (connection instanceof PrinterConfig.Folder folder) {
            return new FolderTransport(folder.path());
        }
        throw new IllegalArgumentException("Unknown printer connection " + connection);
    }
}
