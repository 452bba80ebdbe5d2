package de.foyer.kiosk.screenshots;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.kiosk.KioskView;
import de.foyer.kiosk.flow.KioskFlow;
import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.flow.Tasks;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.refusal.RefusalKind;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.walkin.ServicesViewModel;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Walks through every screen with sample data, in both layouts, and writes each as a PNG: for
 * reviewing the screens without a kiosk, a server or a display. Runs on the JavaFX thread.
 */
public final class ScreenshotTour {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(SampleServer.NOW.atZone(BERLIN).toInstant(), BERLIN);
    /** Refusals of a walk-in ticket rather than of a scanned code: shot on the walk-in path. */
    private static final Set<RefusalKind> WALK_IN_REFUSALS =
            EnumSet.of(RefusalKind.NO_CAPACITY_TODAY, RefusalKind.OFFICE_CLOSED, RefusalKind.SERVICE_RETIRED);

    private final Path directory;

    public ScreenshotTour(Path directory) {
        this.directory = directory;
    }

    public void run() throws IOException {
        for (Layout layout : Layout.values()) {
            tour(layout, directory.resolve(layout.name().toLowerCase(Locale.ROOT)));
        }
    }

    private void tour(Layout layout, Path folder) throws IOException {
        Files.createDirectories(folder);
        SampleServer server = new SampleServer(false);
        RecordingTicketPrinter printer = new RecordingTicketPrinter();
        KioskFlow flow = KioskFlow.create(server, printer, Tasks.direct(), Runnable::run, CLOCK, Duration.ofSeconds(30));
        KioskViewModel kiosk = flow.viewModel();
        Scene scene = new Scene(new KioskView(kiosk, layout).canvas(), layout.width(), layout.height());
        Camera camera = new Camera(scene, folder);

        flow.health().check();
        camera.shoot("home");
        kiosk.startCodeEntry();
        "K7MPX3".chars().forEach(key -> kiosk.screens().codeEntry().type((char) key));
        camera.shoot("code-entry");
        kiosk.scanned("SAMPLE-CONFIRMATION");
        camera.shoot("scan-result");
        for (RefusalKind kind : RefusalKind.values()) {
            if (!WALK_IN_REFUSALS.contains(kind) && kind != RefusalKind.OTHER) {
                kiosk.reset();
                kiosk.scanned(kind.name());
                camera.shoot("refusal-" + slug(kind));
            }
        }
        kiosk.reset();
        walkIn(kiosk, camera, true);
        camera.shoot("walk-in-4-ticket");
        for (RefusalKind refused : WALK_IN_REFUSALS) {
            server.refuseWalkIns(refused.name());
            kiosk.reset();
            walkIn(kiosk, camera, false);
            camera.shoot("walk-in-refused-" + slug(refused));
        }
        server.refuseWalkIns(null);
        printer.failWith(PrinterStatus.PAPER_OUT);
        kiosk.reset();
        walkIn(kiosk, camera, false);
        camera.shoot("printer-out-of-paper");
        kiosk.reset();
        camera.shoot("home-printer-notice");
        printer.setStatus(PrinterStatus.OK);
        flow.health().check();
        server.setReachable(false);
        kiosk.startWalkIn();
        camera.shoot("server-down");
        server.setReachable(true);
        flow.health().check();
        for (Language language : Language.values()) {
            kiosk.reset();
            kiosk.chooseLanguage(language);
            camera.shoot("home-" + language.id());
        }
        kiosk.chooseLanguage(Language.ARABIC);
        kiosk.scanned("SAMPLE-CONFIRMATION");
        camera.shoot("scan-result-ar");
        kiosk.reset();
        departments(scene, layout, camera);
        kiosk.toggle(SeeingAid.HIGH_CONTRAST);
        scene.setRoot(new KioskView(kiosk, layout).canvas());
        camera.shoot("home-high-contrast");
        walkIn(kiosk, camera, false);
        camera.shoot("walk-in-ticket-high-contrast");
        kiosk.reset();
        kiosk.toggle(SeeingAid.LARGE_TEXT);
        camera.shoot("home-large-text");
        kiosk.startWalkIn();
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(2));
        camera.shoot("walk-in-services-large-text");
    }

    /**
     * A kiosk in a town hall's foyer that serves several offices: it welcomes without an office's name,
     * and its walk-in starts with the office.
     */
    private static void departments(Scene scene, Layout layout, Camera camera) throws IOException {
        KioskFlow flow = KioskFlow.create(new SampleServer(true), new RecordingTicketPrinter(), Tasks.direct(),
                Runnable::run, CLOCK, Duration.ofSeconds(30));
        KioskViewModel kiosk = flow.viewModel();
        scene.setRoot(new KioskView(kiosk, layout).canvas());
        flow.health().check();
        camera.shoot("home-several-offices");
        kiosk.startWalkIn();
        camera.shoot("walk-in-departments");
        kiosk.screens().departments().choose(kiosk.screens().departments().offices().get(1));
        camera.shoot("walk-in-departments-categories");
    }

    /** Category "Meldeangelegenheiten", service "Wohnsitz anmelden", one person; shooting each step when asked. */
    private static void walkIn(KioskViewModel kiosk, Camera camera, boolean shootSteps) throws IOException {
        kiosk.startWalkIn();
        if (shootSteps) {
            camera.shoot("walk-in-1-categories");
        }
        OfficeData.Category registration = kiosk.screens().categories().categories().get(2);
        kiosk.screens().categories().choose(registration);
        if (shootSteps) {
            camera.shoot("walk-in-2-services");
        }
        ServicesViewModel.Item service = kiosk.screens().services().items().get(0);
        kiosk.screens().services().choose(service);
        if (shootSteps) {
            camera.shoot("walk-in-3-persons");
        }
        kiosk.screens().persons().choose(1);
    }

    private static String slug(RefusalKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
