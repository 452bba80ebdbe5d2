package de.foyer.hardware.scanner;

import java.util.Objects;
import java.util.Optional;

/**
 * A scanner that acts as a keyboard. The UI feeds it every typed character
 * ({@link #keyTyped(char, long)}); scans go to the listener on that same thread.
 */
public final class KeyboardWedgeScanner implements BarcodeScanner {

    private final KeyboardWedgeDetector detector;
    private volatile ScanListener listener;

    public KeyboardWedgeScanner(WedgeSettings settings) {
        this.detector = new KeyboardWedgeDetector(settings);
    }

    /** A keyboard cannot be unplugged as far as we can tell, so this reports CONNECTED once. */
    @Override
    public void start(ScanListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        listener.statusChanged(ScannerStatus.CONNECTED);
    }

    /**
     * Feeds one typed character with its arrival time in milliseconds.
     *
     * @return true when this key completed a scan, so the UI can swallow that Enter
     */
    public boolean keyTyped(char character, long timestampMillis) {
        Optional<String> code = detector.keyTyped(character, timestampMillis);
        ScanListener current = listener;
        if (code.isPresent() && current != null) {
            current.scanned(code.get());
        }
        return code.isPresent();
    }

    @Override
    public void close() {
        listener = null;
    }
}
