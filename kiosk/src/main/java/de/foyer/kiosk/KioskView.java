package de.foyer.kiosk;

import de.foyer.kiosk.checkin.CodeEntryView;
import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.flow.Screen;
import de.foyer.kiosk.home.HomeView;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.refusal.RefusalView;
import de.foyer.kiosk.status.ServerDownView;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ticket.PrinterProblemView;
import de.foyer.kiosk.ticket.TicketView;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.walkin.CategoriesView;
import de.foyer.kiosk.walkin.DepartmentsView;
import de.foyer.kiosk.walkin.PersonsView;
import de.foyer.kiosk.walkin.ServicesView;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The kiosk's canvas in the layout's own units: the current screen, drawn anew whenever the screen
 * or the language changes, with the "one moment" veil above it while the kiosk waits for an answer.
 */
public final class KioskView {

    private final KioskViewModel model;
    private final Layout layout;
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final StackPane screen = new StackPane();
    private final Label busyText = new Label();
    private final StackPane canvas;
    private BiConsumer<Node, Texts> shown = (node, texts) -> { };
    private Node current;
    private Texts currentTexts;

    public KioskView(KioskViewModel model, Layout layout) {
        this.model = model;
        this.layout = layout;
        views.put(Screen.HOME, new HomeView(model.screens().home()));
        views.put(Screen.CODE_ENTRY, new CodeEntryView(model.screens().codeEntry()));
        views.put(Screen.DEPARTMENTS, new DepartmentsView(model.screens().departments()));
        views.put(Screen.CATEGORIES, new CategoriesView(model.screens().categories()));
        views.put(Screen.SERVICES, new ServicesView(model.screens().services()));
        views.put(Screen.PERSONS, new PersonsView(model.screens().persons()));
        views.put(Screen.TICKET, new TicketView(model.screens().ticket()));
        views.put(Screen.PRINTER_PROBLEM, new PrinterProblemView(model.screens().printerProblem()));
        views.put(Screen.REFUSAL, new RefusalView(model.screens().refusal()));
        views.put(Screen.SERVER_DOWN, new ServerDownView(model.screens().serverDown()));

        StackPane busy = new StackPane(busyText);
        busy.setId("busy");
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(model.busy());
        canvas = new StackPane(screen, busy);
        canvas.getStyleClass().add("kiosk");
        canvas.getStylesheets().add(KioskView.class.getResource("/de/foyer/kiosk/ui/kiosk.css").toExternalForm());
        canvas.setMinSize(layout.width(), layout.height());
        canvas.setPrefSize(layout.width(), layout.height());
        canvas.setMaxSize(layout.width(), layout.height());
        model.revision().addListener((observable, before, now) -> render());
        render();
    }

    private void render() {
        Language language = model.language().get();
        Texts texts = Texts.of(language);
        canvas.setNodeOrientation(language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        busyText.setText(texts.get("common.busy"));
        Set<SeeingAid> aids = model.aids();
        for (SeeingAid aid : SeeingAid.values()) {
            canvas.getStyleClass().remove(aid.styleClass());
            if (aids.contains(aid)) {
                canvas.getStyleClass().add(aid.styleClass());
            }
        }
        current = views.get(model.screen().get()).build(texts, layout);
        currentTexts = texts;
        screen.getChildren().setAll(current);
        shown.accept(current, texts);
    }

    /** Told of every screen drawn, and at once of the one showing now: what speech mode reads. */
    public void onShown(BiConsumer<Node, Texts> listener) {
        this.shown = listener;
        listener.accept(current, currentTexts);
    }

    /** The canvas at its design size, as the screenshots show it. */
    public StackPane canvas() {
        return canvas;
    }

    /** The canvas scaled to fill the window or screen, centred, keeping its proportions. */
    public Region fitted() {
        StackPane window = new StackPane(canvas);
        window.setStyle("-fx-background-color: #0b2545;");
        var scale = Bindings.createDoubleBinding(
                () -> Math.min(window.getWidth() / layout.width(), window.getHeight() / layout.height()),
                window.widthProperty(), window.heightProperty());
        canvas.scaleXProperty().bind(scale);
        canvas.scaleYProperty().bind(scale);
        return window;
    }
}
