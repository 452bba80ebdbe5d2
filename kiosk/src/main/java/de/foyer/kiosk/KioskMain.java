package de.foyer.kiosk;

import de.foyer.hardware.printer.PrinterConfig;
import de.foyer.hardware.scanner.ScannerConfig;
import javafx.application.Application;

import java.util.List;

/**
 * Starts the kiosk. Not the Application itself: a shaded jar whose main class extends Application
 * refuses to start on the class path ("JavaFX runtime components are missing").
 */
public final class KioskMain {

    private KioskMain() {
    }

    public static void main(String[] args) {
        KioskOptions options;
        try {
            options = KioskOptions.parse(List.of(args), System.getenv());
            if (options.screenshots() == null && !options.help()) {
                PrinterConfig.parse(options.printer());
                ScannerConfig.parse(options.scanner());
                if (options.token() == null) {
                    throw new IllegalArgumentException("No device token: pass --token or set FOYER_KIOSK_TOKEN.");
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(KioskOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(KioskOptions.USAGE);
            return;
        }
        if (options.screenshots() != null) {
            // No display needed: the tour draws into images with JavaFX's own headless platform.
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        Application.launch(KioskApp.class, args);
    }
}
