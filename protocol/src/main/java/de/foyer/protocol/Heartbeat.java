package de.foyer.protocol;

/** A device's sign of life; kiosks report their printer so staff see a lack of paper. */
public record Heartbeat(Printer printer) {

    /** status is one of OK, PAPER_LOW, PAPER_OUT, COVER_OPEN, OFFLINE. */
    public record Printer(String status) {
    }
}
