package de.foyer.kiosk;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.kiosk.flow.KioskFlow;
import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.flow.Tasks;
import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.ui.Layout;
import de.foyer.server.testing.MutableClock;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen in every language and both layouts: each button at least 15 mm (57 units) both ways,
 * nothing outside the screen, and no text cut short.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutFxTest {

    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        // The screens are drawn off screen; the extension only needs JavaFX running.
    }

    @Test
    void everyScreenHasLargeTargetsAndNothingCutOrOutside() {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (Layout layout : Layout.values()) {
                for (Language language : Language.values()) {
                    visitScreens(layout, language, problems);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void visitScreens(Layout layout, Language language, List<String> problems) {
        FakeKioskServer server = new FakeKioskServer();
        server.waits = Map.of("anmeldung", 45, "abmeldung", 0);
        RecordingTicketPrinter printer = new RecordingTicketPrinter();
        KioskFlow flow = KioskFlow.create(server, printer, Tasks.direct(), Runnable::run,
                new MutableClock(FakeKioskServer.NOW), Duration.ofSeconds(30));
        KioskViewModel kiosk = flow.viewModel();
        Scene scene = new Scene(new KioskView(kiosk, layout).canvas(), layout.width(), layout.height());
        String where = layout + " " + language + " ";

        kiosk.chooseLanguage(language);
        check(scene, where + "home", problems);
        kiosk.startCodeEntry();
        "ABCDE23456".chars().forEach(key -> kiosk.screens().codeEntry().type((char) key));
        check(scene, where + "code entry", problems);
        kiosk.scanned("code");
        check(scene, where + "ticket", problems);
        for (String code : List.of("TOO_EARLY", "TOO_LATE", "UNKNOWN_CODE", "ALREADY_CHECKED_IN", "OFFICE_CLOSED")) {
            server.refusal = new Refused(code, code, FakeKioskServer.NOW.withMinute(20), "A017");
            kiosk.scanned("code");
            check(scene, where + code, problems);
        }
        server.refusal = null;
        kiosk.chooseLanguage(language);
        kiosk.startWalkIn();
        check(scene, where + "categories", problems);
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        check(scene, where + "services", problems);
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        check(scene, where + "persons", problems);
        printer.failWith(PrinterStatus.PAPER_OUT);
        kiosk.screens().persons().choose(1);
        check(scene, where + "printer problem", problems);
        kiosk.screens().printerProblem().done();
        kiosk.chooseLanguage(language);
        check(scene, where + "home with notice", problems);
        server.reachable = false;
        kiosk.scanned("code");
        check(scene, where + "server down", problems);
    }

    private static void check(Scene scene, String screen, List<String> problems) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        // A paragraph breaks its lines in the first pass; the second lays out the lines it made.
        root.applyCss();
        root.layout();
        for (Node node : all(root)) {
            if (!node.isVisible() || node.getScene() == null) {
                continue;
            }
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (node instanceof Button button) {
                if (bounds.getWidth() < Layout.MIN_TARGET || bounds.getHeight() < Layout.MIN_TARGET) {
                    problems.add(screen + ": button " + button.getId() + " is only " + size(bounds));
                }
            }
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                String shown = labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(text -> ((Text) text).getText()).findFirst().orElse("");
                if (!shown.equals(labeled.getText())) {
                    problems.add(screen + ": '" + labeled.getText() + "' is cut to '" + shown + "'");
                }
            }
            Bounds visibleArea = visibleArea(node, scene);
            if (node instanceof Labeled && !contains(visibleArea, bounds)) {
                problems.add(screen + ": " + describe(node) + " lies outside the screen at " + bounds);
            }
        }
    }

    /** The screen, or the viewport of the scrolling list the node is in: what is outside is not seen. */
    private static Bounds visibleArea(Node node, Scene scene) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll.localToScene(scroll.getLayoutBounds());
            }
        }
        return new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    private static boolean contains(Bounds area, Bounds bounds) {
        return bounds.getMinX() >= area.getMinX() - 0.5 && bounds.getMaxX() <= area.getMaxX() + 0.5
                && bounds.getMinY() >= area.getMinY() - 0.5 && bounds.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static List<Node> all(Parent parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            nodes.add(child);
            if (child instanceof Parent inner) {
                nodes.addAll(all(inner));
            }
        }
        return nodes;
    }

    private static String describe(Node node) {
        return node instanceof Labeled labeled ? "'" + labeled.getText() + "'" : String.valueOf(node.getId());
    }

    private static String size(Bounds bounds) {
        return Math.round(bounds.getWidth()) + " × " + Math.round(bounds.getHeight());
    }
}
