package de.foyer.kiosk;

import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.hardware.scanner.FakeBarcodeScanner;
import de.foyer.kiosk.server.HttpKioskServer;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.speech.RecordingSpeaker;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.server.testing.MutableClock;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A kiosk on a real server for the screen tests: the recording printer, the fake scanner, a clock
 * the test moves, and short health checks. Clicks go through TestFX like a finger would.
 */
public final class KioskDriver {

    /** Generous: the machine may be busy; a passing test does not wait this long. */
    private static final int TIMEOUT_SECONDS = 30;

    public final RecordingTicketPrinter printer = new RecordingTicketPrinter();
    public final FakeBarcodeScanner scanner = new FakeBarcodeScanner();
    public final RecordingSpeaker speaker = new RecordingSpeaker();
    public final MutableClock clock = MutableClock.tuesdayMorning();
    private final FxRobot robot = new FxRobot();
    private Kiosk kiosk;

    /** Starts a kiosk in the stage; call on the JavaFX thread (from a TestFX {@code @Start} method). */
    public void start(Stage stage, int port, String token) {
        URI base = URI.create("http://localhost:" + port + "/");
        start(stage, new HttpKioskServer(base, token, Duration.ofSeconds(10), "buergerbuero"));
    }

    /** Starts a kiosk on any server: the fake one serves a town hall's several offices. */
    public void start(Stage stage, KioskServer server) {
        kiosk = Kiosk.start(server, printer, scanner, speaker,
                clock, Layout.PORTRAIT, new Kiosk.Settings(Duration.ofSeconds(30), Duration.ofMillis(300)));
        stage.setScene(kiosk.scene());
        // A portrait kiosk scaled into the headless screen: 1080 × 1920 units at 0.4.
        stage.setWidth(432);
        stage.setHeight(768);
        stage.show();
    }

    public void stop() {
        if (kiosk != null) {
            robot.interact(kiosk::close);
        }
    }

    public Kiosk kiosk() {
        return kiosk;
    }

    /**
     * Clicks the node; when the screen was drawn anew between finding and clicking (the node detached,
     * or not yet laid out inside the window), lets the FX thread finish the layout and finds it again.
     */
    public void click(String id) {
        for (int attempt = 1; ; attempt++) {
            waitFor(id);
            Node node = visible(id).orElseThrow();
            if (node.getScene() != null) {
                try {
                    robot.clickOn(node);
                    return;
                } catch (RuntimeException detachedOrMoving) {
                    if (attempt == 3) {
                        throw detachedOrMoving;
                    }
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    public void waitFor(String id) {
        waitUntil("shows " + id, () -> visible(id).isPresent());
    }

    public void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The kiosk never " + what, e);
        }
    }

    public boolean shows(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return visible(id).isPresent();
    }

    /** The text of a paragraph or label, after waiting for it to appear. */
    public String text(String id) {
        waitFor(id);
        Node node = visible(id).orElseThrow();
        if (node instanceof Paragraph paragraph) {
            return paragraph.getText();
        }
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        throw new AssertionError(id + " holds no text: " + node);
    }

    public Node node(String id) {
        waitFor(id);
        return visible(id).orElseThrow();
    }

    private Optional<Node> visible(String id) {
        return robot.lookup(id).match(Node::isVisible).tryQuery();
    }

    /** Types a code on the kiosk's own keyboard. */
    public void type(String code) {
        for (char key : code.toCharArray()) {
            click("#key-" + key);
        }
    }
}
