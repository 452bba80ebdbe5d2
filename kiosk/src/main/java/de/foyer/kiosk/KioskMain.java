package de.foyer.kiosk;

import picocli.CommandLine;

/**
 * Starts the kiosk. Not the Application itself: a shaded jar whose main class extends Application
 * refuses to start on the class path ("JavaFX runtime components are missing").
 */
public final class KioskMain {

    private KioskMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new KioskCommand(System.getenv())).execute(args));
    }
}
