package de.foyer.hardware.scanner;

/** Whether the scanner can currently deliver codes. */
public enum ScannerStatus {
    CONNECTED,
    DISCONNECTED
}
