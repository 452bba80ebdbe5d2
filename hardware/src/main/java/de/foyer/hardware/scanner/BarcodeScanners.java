package de.foyer.hardware.scanner;

/** Builds the scanner a setting describes. */
public final class BarcodeScanners {

    private BarcodeScanners() {
    }

    /**
     * The scanner for a FOYER_SCANNER value; refuses a wrong value with the accepted forms. For
     * {@code keyboard} the result is a {@link KeyboardWedgeScanner} that the UI must feed with keys.
     */
    public static BarcodeScanner fromSetting(String setting) {
        return create(ScannerConfig.parse(setting));
    }

    public static BarcodeScanner create(ScannerConfig config) {
        if (config instanceof ScannerConfig.Serial serial) {
            return new SerialBarcodeScanner(serial.path(), serial.baud(), SerialBarcodeScanner.REOPEN_BACKOFF);
        }
        return new KeyboardWedgeScanner(WedgeSettings.DEFAULT);
    }
}
