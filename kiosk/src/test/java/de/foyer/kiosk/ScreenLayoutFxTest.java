package de.foyer.kiosk;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.kiosk.flow.KioskFlow;
import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.flow.Tasks;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.server.testing.MutableClock;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen in every language and both layouts, with the demo office's catalogue named in that
 * language: each button at least 15 mm (57 units) both ways, nothing outside the screen or near its
 * edges, no text cut short, no desktop scroll bar, and the demo office's seven categories and each
 * one's services all in view.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutFxTest {

    /** What a screen keeps free along its edges, in canvas units: a bezel or a finger must not cover text. */
    private static final double EDGE_MARGIN = 40;

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
                    visitScreens(layout, language, Set.of(), problems);
                    visitDepartments(layout, language, problems);
                    // The seeing aids' outlines must leave every language's longest words room too.
                    visitScreens(layout, language, EnumSet.allOf(SeeingAid.class), problems);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * The paper-out screen as the live kiosk shows it: the canvas scaled into the real screen, whose
     * shape may differ from the canvas's. Nothing may come nearer to the glass's edge than the margin,
     * scaled as the canvas is.
     */
    @Test
    void thePaperOutScreenKeepsItsMarginOnRealScreens() {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (double[] size : new double[][] {{1920, 1080}, {1366, 768}, {1280, 1024}, {1080, 1920}, {768, 1366}}) {
                Layout layout = Layout.forScreen(size[0], size[1]);
                for (Language language : Language.values()) {
                    FakeKioskServer server = new FakeKioskServer();
                    server.offices = List.of(FakeKioskServer.demoOffice());
                    RecordingTicketPrinter printer = new RecordingTicketPrinter();
                    KioskFlow flow = KioskFlow.create(server, printer, Tasks.direct(), Runnable::run,
                            new MutableClock(FakeKioskServer.NOW), Duration.ofSeconds(30));
                    KioskViewModel kiosk = flow.viewModel();
                    Scene scene = new Scene(new KioskView(kiosk, layout).fitted(), size[0], size[1]);
                    kiosk.chooseLanguage(language);
                    printer.failWith(PrinterStatus.PAPER_OUT);
                    kiosk.scanned("code");
                    String where = (int) size[0] + "×" + (int) size[1] + " " + language + " paper out";
                    if (scene.getRoot().lookup("#ticket-qr") == null) {
                        problems.add(where + ": the paper-out screen is not shown");
                    }
                    double scale = Math.min(size[0] / layout.width(), size[1] / layout.height());
                    check(scene, where, problems, EDGE_MARGIN * scale);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void visitScreens(Layout layout, Language language, Set<SeeingAid> aids, List<String> problems) {
        FakeKioskServer server = new FakeKioskServer();
        server.offices = List.of(FakeKioskServer.demoOffice());
        server.waits = Map.of("anmeldung", 45, "abmeldung", 0);
        RecordingTicketPrinter printer = new RecordingTicketPrinter();
        KioskFlow flow = KioskFlow.create(server, printer, Tasks.direct(), Runnable::run,
                new MutableClock(FakeKioskServer.NOW), Duration.ofSeconds(30));
        KioskViewModel kiosk = flow.viewModel();
        Scene scene = new Scene(new KioskView(kiosk, layout).canvas(), layout.width(), layout.height());
        String where = layout + " " + language + " " + (aids.isEmpty() ? "" : aids + " ");

        kiosk.chooseLanguage(language);
        aids.forEach(kiosk::toggle);
        flow.health().check();
        check(scene, where + "home", problems);
        if (!(scene.getRoot().lookup("#title") instanceof Paragraph title
                && title.getText().endsWith("Bürgerbüro im Rathaus"))) {
            problems.add(where + "home: the office's name is not in the welcome");
        }
        kiosk.startCodeEntry();
        "ABCDE23456".chars().forEach(key -> kiosk.screens().codeEntry().type((char) key));
        check(scene, where + "code entry", problems);
        kiosk.scanned("code");
        check(scene, where + "ticket", problems);
        for (String code : List.of("TOO_EARLY", "TOO_LATE", "WRONG_DAY", "WRONG_OFFICE", "UNKNOWN_CODE", "ALREADY_CHECKED_IN",
                "OFFICE_CLOSED", "SERVICE_RETIRED")) {
            server.refusal = new Refused(code, code, FakeKioskServer.NOW.withMinute(20), "A017",
                    FakeKioskServer.NOW.plusDays(3).withHour(9).withMinute(30));
            kiosk.scanned("code");
            check(scene, where + code, problems);
            if (code.equals("WRONG_DAY") && !(scene.getRoot().lookup("#refusal-highlight") instanceof Labeled day
                    && day.getText().equals("27.11.2026"))) {
                problems.add(where + code + ": the appointment's day is not shown");
            }
        }
        server.refusal = null;
        kiosk.chooseLanguage(language);
        kiosk.startWalkIn();
        check(scene, where + "categories", problems);
        if (kiosk.screens().categories().categories().size() != 7) {
            problems.add(where + "categories: the demo office's seven are not all listed");
        }
        // Every category's list of services, the longest (six) included, in the language's own words.
        for (OfficeData.Category category : kiosk.screens().categories().categories()) {
            kiosk.screens().categories().choose(category);
            check(scene, where + "services of " + category.id(), problems);
            kiosk.screens().services().back();
        }
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        check(scene, where + "persons", problems);
        printer.failWith(PrinterStatus.PAPER_OUT);
        kiosk.screens().persons().choose(1);
        check(scene, where + "printer problem", problems);
        kiosk.screens().printerProblem().done();
        kiosk.chooseLanguage(language);
        check(scene, where + "home with notice", problems);
        kiosk.scanned("code");
        check(scene, where + "printer problem at check-in", problems);
        kiosk.screens().printerProblem().done();
        kiosk.chooseLanguage(language);
        server.reachable = false;
        kiosk.scanned("code");
        check(scene, where + "server down", problems);
    }

    /**
     * A town hall's kiosk that serves several offices: the welcome, the offices, then the chosen office's
     * categories; and a kiosk for the office with the longest name alone, which greets with that name.
     */
    private static void visitDepartments(Layout layout, Language language, List<String> problems) {
        FakeKioskServer server = new FakeKioskServer();
        server.offices = FakeKioskServer.townHall();
        KioskFlow flow = KioskFlow.create(server, new RecordingTicketPrinter(), Tasks.direct(), Runnable::run,
                new MutableClock(FakeKioskServer.NOW), Duration.ofSeconds(30));
        KioskViewModel kiosk = flow.viewModel();
        Scene scene = new Scene(new KioskView(kiosk, layout).canvas(), layout.width(), layout.height());
        String where = layout + " " + language + " ";

        kiosk.chooseLanguage(language);
        flow.health().check();
        check(scene, where + "home of several offices", problems);
        kiosk.startWalkIn();
        check(scene, where + "departments", problems);
        for (OfficeData office : server.offices) {
            if (scene.getRoot().lookup("#department-" + office.id()) == null) {
                problems.add(where + "departments: " + office.name() + " is not offered");
            }
        }
        kiosk.screens().departments().choose(kiosk.screens().departments().offices().get(2));
        check(scene, where + "categories of one of several offices", problems);

        FakeKioskServer alone = new FakeKioskServer();
        OfficeData longest = server.offices.get(2);
        alone.offices = List.of(longest);
        KioskFlow single = KioskFlow.create(alone, new RecordingTicketPrinter(), Tasks.direct(), Runnable::run,
                new MutableClock(FakeKioskServer.NOW), Duration.ofSeconds(30));
        scene.setRoot(new KioskView(single.viewModel(), layout).canvas());
        single.viewModel().chooseLanguage(language);
        single.health().check();
        check(scene, where + "home of one office with a long name", problems);
        if (!(scene.getRoot().lookup("#title") instanceof Paragraph title && title.getText().endsWith(longest.name()))) {
            problems.add(where + "home: the long name is not in the welcome");
        }
    }

    private static void check(Scene scene, String screen, List<String> problems) {
        check(scene, screen, problems, EDGE_MARGIN);
    }

    private static void check(Scene scene, String screen, List<String> problems, double margin) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        // A paragraph breaks its lines in the first pass; the second lays out the lines it made.
        root.applyCss();
        root.layout();
        Bounds inset = new BoundingBox(margin, margin, scene.getWidth() - 2 * margin, scene.getHeight() - 2 * margin);
        // With large text a long list of services no longer fits, and is swiped: what is above or below
        // its window is not shown, and must only fit across. In the usual look every list is in view.
        boolean swiping = root.getStyleClass().contains(SeeingAid.LARGE_TEXT.styleClass());
        for (Node node : all(root)) {
            if (!shown(node)) {
                continue;
            }
            Bounds whole = node.localToScene(node.getLayoutBounds());
            Bounds visibleArea = visibleArea(node, scene);
            Bounds bounds = swiping && list(node).isPresent() ? across(whole, visibleArea) : whole;
            if (node instanceof ScrollBar) {
                problems.add(screen + ": a desktop scroll bar covers the list's right edge; lists are swiped");
            }
            if ((node instanceof Labeled || node instanceof ImageView || painted(node)) && !contains(inset, bounds)) {
                problems.add(screen + ": " + describe(node) + " is nearer than " + Math.round(margin) + " to the screen's edge at " + bounds);
            }
            if (node instanceof Button button) {
                if (whole.getWidth() < Layout.MIN_TARGET || whole.getHeight() < Layout.MIN_TARGET) {
                    problems.add(screen + ": button " + button.getId() + " is only " + size(whole));
                }
            }
            if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
                String shown = labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(text -> ((Text) text).getText()).findFirst().orElse("");
                if (!shown.equals(labeled.getText())) {
                    problems.add(screen + ": '" + labeled.getText() + "' is cut to '" + shown + "'");
                }
            }
            if (node instanceof Labeled labeled && !labeled.getText().isBlank() && !labeled.isDisabled()) {
                // WCAG 2.1: 4.5:1 for text (AA); the high-contrast look promises 7:1 (AAA). Disabled buttons are exempt.
                double least = root.getStyleClass().contains(SeeingAid.HIGH_CONTRAST.styleClass()) ? 7 : 4.5;
                Contrast.of(labeled).filter(ratio -> ratio < least).ifPresent(ratio -> problems.add(screen + ": '"
                        + labeled.getText() + "' has a contrast of only " + Math.round(ratio * 10) / 10.0 + ":1"));
            }
            if (node instanceof Labeled && !contains(visibleArea, bounds)) {
                problems.add(screen + ": " + describe(node) + " lies outside the screen at " + bounds);
            }
        }
    }

    /** The scrolling list the node is in, if any. */
    private static Optional<ScrollPane> list(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return Optional.of(scroll);
            }
        }
        return Optional.empty();
    }

    /** The node's extent across, at the height of the list's window: only its width is judged. */
    private static Bounds across(Bounds node, Bounds window) {
        return new BoundingBox(node.getMinX(), window.getMinY(), node.getWidth(), window.getHeight());
    }

    /** A region that draws a background of its own (a card, a notice, a button), which must keep off the edges too. */
    private static boolean painted(Node node) {
        return node instanceof Region region && region != node.getScene().getRoot() && !"busy".equals(region.getId())
                && !region.getStyleClass().contains("kiosk")
                && region.getBackground() != null && region.getBackground().getFills().stream()
                .anyMatch(fill -> !Color.TRANSPARENT.equals(fill.getFill()));
    }

    /** Visible itself and in all its parents (a hidden scroll bar's thumb is no problem). */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The screen, or the viewport of the scrolling list the node is in: what is outside is not seen.
     * The viewport excludes a scroll bar, so an item beneath one counts as hidden.
     */
    private static Bounds visibleArea(Node node, Scene scene) {
        return list(node).map(scroll -> {
            Bounds viewport = scroll.getViewportBounds();
            Bounds inScroll = scroll.getLayoutBounds();
            return scroll.localToScene(new BoundingBox(inScroll.getMinX() + scroll.getInsets().getLeft(),
                    inScroll.getMinY() + scroll.getInsets().getTop(), viewport.getWidth(), viewport.getHeight()));
        }).orElseGet(() -> new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
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
