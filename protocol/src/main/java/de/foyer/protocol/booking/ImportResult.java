package de.foyer.protocol.booking;

import java.util.List;

/**
 * The outcome of an import. It is all or nothing: with any error nothing is stored and the
 * errors name the lines; bookings already imported before are skipped, so a file may be sent again.
 */
public record ImportResult(int imported, int skipped, int overCapacity, List<LineError> errors, List<NewCode> codes) {

    public record LineError(int line, String code, String message) {
    }

    /** The code an imported booking has with us, beside the other system's number it came with. */
    public record NewCode(String foreignCode, String code) {
    }
}
