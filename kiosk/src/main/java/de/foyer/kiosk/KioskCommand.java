package de.foyer.kiosk;

import de.foyer.hardware.printer.PrinterConfig;
import de.foyer.hardware.scanner.ScannerConfig;
import de.foyer.protocol.client.DeviceConnection;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ./foyer kiosk}: its options, checked before any window opens. */
@Command(name = "kiosk", sortOptions = false, usageHelpAutoWidth = true,
        description = "The kiosk by the entrance: citizens draw a ticket or check in with their booking's QR code.",
        footer = {"Environment: FOYER_PRINTER (default tcp://localhost:9100, the printer simulator),",
                "FOYER_SCANNER (default keyboard: a scanner that types)."})
final class KioskCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    DeviceConnection connection;

    @Option(names = "--office", paramLabel = "ID",
            description = "serve only this office (default: the offices the server names for this kiosk's token)")
    String office;

    @Option(names = "--portrait", description = "lay out for an upright screen even if the screen reports landscape")
    boolean portrait;

    @Option(names = "--windowed", description = "run in a window instead of full screen (for trying it out)")
    boolean windowed;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "write a PNG of every screen in both orientations, with sample data, and exit")
    Path screenshots;

    KioskCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    KioskOptions options() {
        return new KioskOptions(connection.server(), connection.token("kiosk", environment), office,
                environment.getOrDefault("FOYER_PRINTER", KioskOptions.DEFAULT_PRINTER),
                environment.getOrDefault("FOYER_SCANNER", KioskOptions.DEFAULT_SCANNER),
                screenshots, portrait, windowed);
    }

    @Override
    public Integer call() {
        KioskOptions options = options();
        if (options.screenshots() == null) {
            try {
                PrinterConfig.parse(options.printer());
                ScannerConfig.parse(options.scanner());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (options.token() == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No device token: pass --token or set FOYER_KIOSK_TOKEN.");
            }
        } else {
            // No display needed: the tour draws into images with JavaFX's own headless platform.
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        Application.launch(KioskApp.class, spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        return 0;
    }
}
