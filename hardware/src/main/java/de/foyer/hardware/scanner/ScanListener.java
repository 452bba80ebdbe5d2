package de.foyer.hardware.scanner;

/** Receives what a scanner reads. */
public interface ScanListener {

    /** A complete code, without its line ending. */
    void scanned(String code);

    /** The scanner was plugged in or out. Scanners that cannot tell report CONNECTED once at start. */
    default void statusChanged(ScannerStatus status) {
    }
}
