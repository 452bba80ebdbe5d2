package de.foyer.kiosk;

import de.foyer.hardware.printer.TicketPrinters;
import de.foyer.hardware.scanner.BarcodeScanners;
import de.foyer.kiosk.screenshots.ScreenshotTour;
import de.foyer.kiosk.server.HttpKioskServer;
import de.foyer.kiosk.speech.EspeakSpeaker;
import de.foyer.kiosk.ui.Layout;
import de.foyer.protocol.startup.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The kiosk as a JavaFX application: full screen, no window chrome, no way out for a citizen. */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

    private Kiosk kiosk;

    @Override
    public void start(Stage stage) {
        KioskOptions options = KioskOptions.parse(getParameters().getRaw(), System.getenv());
        if (options.screenshots() != null) {
            writeScreenshots(options);
            return;
        }
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        Layout layout = options.portrait() ? Layout.PORTRAIT : Layout.forScreen(bounds.getWidth(), bounds.getHeight());
        HttpKioskServer server = new HttpKioskServer(options.server(), options.token(), REQUEST_TIMEOUT, options.office());
        kiosk = Kiosk.start(server, TicketPrinters.fromSetting(options.printer()), BarcodeScanners.fromSetting(options.scanner()),
                EspeakSpeaker.ifInstalled(),
                Clock.systemDefaultZone(), layout, Kiosk.Settings.defaults());
        Scene scene = kiosk.scene();
        stage.setTitle("Foyer");
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(FirstFrame.of("kiosk", scene::removePostLayoutPulseListener));
        if (options.windowed()) {
            double scale = Math.min(1, 0.9 * bounds.getHeight() / layout.height());
            stage.setWidth(layout.width() * scale);
            stage.setHeight(layout.height() * scale);
        } else {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setAlwaysOnTop(true);
            scene.setCursor(Cursor.NONE);
            // Alt+F4 and the like close nothing; the kiosk is stopped by its service manager.
            stage.setOnCloseRequest(Event::consume);
        }
        stage.show();
        // After show: some platforms have no window to make full screen before it is shown.
        stage.setFullScreen(!options.windowed());
        LOG.info("Kiosk for {} on {} ({} layout)", options.office() == null ? "the offices the server names"
                : "office " + options.office(), options.server(), layout);
    }

    private void writeScreenshots(KioskOptions options) {
        try {
            new ScreenshotTour(options.screenshots()).run();
            LOG.info("Screenshots written to {}", options.screenshots().toAbsolutePath());
            Platform.exit();
        } catch (IOException | RuntimeException e) {
            LOG.error("Screenshots failed", e);
            System.exit(1);
        }
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
