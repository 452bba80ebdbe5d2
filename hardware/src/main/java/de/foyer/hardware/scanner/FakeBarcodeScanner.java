package de.foyer.hardware.scanner;

import java.util.Objects;

/** A scanner for tests: the test scans codes and pulls the cable by calling methods. Delivers on the caller's thread. */
public final class FakeBarcodeScanner implements BarcodeScanner {

    private volatile ScanListener listener;
    private volatile boolean connected = true;

    @Override
    public void start(ScanListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        listener.statusChanged(ScannerStatus.CONNECTED);
    }

    /** Delivers a code as if scanned; ignored while disconnected or before start, as with real hardware. */
    public void scan(String code) {
        ScanListener current = listener;
        if (current != null && connected) {
            current.scanned(code);
        }
    }

    public void disconnect() {
        setConnected(false);
    }

    public void reconnect() {
        setConnected(true);
    }

    private void setConnected(boolean nowConnected) {
        boolean changed = connected != nowConnected;
        connected = nowConnected;
        ScanListener current = listener;
        if (changed && current != null) {
            current.statusChanged(nowConnected ? ScannerStatus.CONNECTED : ScannerStatus.DISCONNECTED);
        }
    }

    public boolean isStarted() {
        return listener != null;
    }

    @Override
    public void close() {
        listener = null;
    }
}
