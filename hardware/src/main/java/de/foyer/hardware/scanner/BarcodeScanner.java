package de.foyer.hardware.scanner;

/**
 * A source of scanned codes. Listeners are called on the scanner's own thread (the key-event
 * thread for keyboard-wedge scanners): a JavaFX caller hands results to its UI thread itself.
 */
public interface BarcodeScanner extends AutoCloseable {

    /** Starts delivering codes and status changes to {@code listener}. Called once. */
    void start(ScanListener listener);

    /** Stops delivering and releases the device. */
    @Override
    void close();
}
