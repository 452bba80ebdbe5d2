package de.foyer.display.screen;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.Locale;

/**
 * Draws a {@link CallScreenViewModel}. Every size is in {@code em} of one unit that follows the
 * scene's size, so the screen reads the same on a 32" and a 75" display; a scene wider than high
 * puts the earlier calls beside the newest one, a portrait scene puts them below.
 */
public final class CallScreenView {

    /** The unit is a 36th of the short side (30 px on 1920×1080), less on screens unusually wide. */
    private static final double SHORT_SIDE_UNITS = 36;
    private static final double LONG_SIDE_UNITS = 64;
    private static final Duration TICK = Duration.millis(100);
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final CallScreenViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final CurrentCallPane current;
    private final HistoryPane history;
    private final TickerBar ticker;
    private final Timeline ticks;

    public CallScreenView(CallScreenViewModel viewModel, ScreenTexts texts) {
        this.viewModel = viewModel;
        this.current = new CurrentCallPane(viewModel, texts);
        this.history = new HistoryPane(viewModel, texts);
        this.ticker = new TickerBar(viewModel.tickerProperty());
        root.getStyleClass().add("call-screen");
        root.setTop(header(texts));
        HBox footer = new HBox(connectionMark(texts), ticker);
        HBox.setHgrow(ticker, Priority.ALWAYS);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("footer");
        root.setBottom(footer);
        this.ticks = new Timeline(new KeyFrame(TICK, event -> viewModel.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /** A scene of this size with the screen's style; its fonts follow the scene when it is resized. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height, Color.web("#07111f"));
        scene.getStylesheets().add(getClass().getResource("call-screen.css").toExternalForm());
        DoubleBinding unit = Bindings.createDoubleBinding(
                () -> unit(scene.getWidth(), scene.getHeight()), scene.widthProperty(), scene.heightProperty());
        root.styleProperty().bind(Bindings.format(Locale.ROOT, "-fx-font-size: %.2fpx;", unit));
        scene.widthProperty().addListener((property, before, now) -> arrange(scene));
        scene.heightProperty().addListener((property, before, now) -> arrange(scene));
        arrange(scene);
        return scene;
    }

    public Parent root() {
        return root;
    }

    /** Starts the clock, the blinking and the ticker; the view model is ticked on the FX thread. */
    public void start() {
        ticks.play();
        ticker.start();
    }

    public void stop() {
        ticks.stop();
        ticker.stop();
    }

    static double unit(double width, double height) {
        return Math.min(Math.min(width, height) / SHORT_SIDE_UNITS, Math.max(width, height) / LONG_SIDE_UNITS);
    }

    private void arrange(Scene scene) {
        boolean landscape = scene.getWidth() >= scene.getHeight();
        root.getStyleClass().removeAll("landscape", "portrait");
        root.getStyleClass().add(landscape ? "landscape" : "portrait");
        if (landscape) {
            HBox.setHgrow(current, Priority.ALWAYS);
            history.prefWidthProperty().bind(scene.widthProperty().multiply(0.38));
            history.minWidthProperty().bind(history.prefWidthProperty());
            HBox body = new HBox(current, history);
            body.getStyleClass().add("body");
            root.setCenter(body);
        } else {
            VBox.setVgrow(current, Priority.ALWAYS);
            history.prefWidthProperty().unbind();
            history.minWidthProperty().unbind();
            history.setMinWidth(Region.USE_COMPUTED_SIZE);
            history.setPrefWidth(Region.USE_COMPUTED_SIZE);
            VBox body = new VBox(current, history);
            body.getStyleClass().add("body");
            root.setCenter(body);
        }
    }

    private HBox header(ScreenTexts texts) {
        Label office = new Label(texts.german("area"));
        office.getStyleClass().add("office");
        Label area = new Label();
        area.setId("waiting-area");
        area.getStyleClass().add("waiting-area");
        area.textProperty().bind(viewModel.waitingAreaNameProperty());
        // A long name wraps rather than pushing the clock off a portrait screen.
        area.setWrapText(true);
        area.setMinWidth(0);
        VBox place = new VBox(office, area);
        place.setMinWidth(0);
        place.setAlignment(Pos.CENTER_LEFT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label time = new Label();
        time.setId("clock");
        time.getStyleClass().add("clock");
        time.textProperty().bind(viewModel.timeProperty());
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label date = new Label();
        date.getStyleClass().add("date");
        date.textProperty().bind(viewModel.dateProperty());
        date.setMinWidth(Region.USE_PREF_SIZE);
        VBox clock = new VBox(time, date);
        clock.setAlignment(Pos.CENTER_RIGHT);

        HBox header = new HBox(place, spacer, clock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private HBox connectionMark(ScreenTexts texts) {
        Label dot = new Label("●");
        dot.getStyleClass().add("connection-dot");
        Label german = new Label();
        german.getStyleClass().add("german");
        Label english = new Label();
        english.getStyleClass().add("english");
        VBox words = new VBox(german, english);
        HBox mark = new HBox(dot, words);
        mark.setId("connection-notice");
        mark.setAlignment(Pos.CENTER_LEFT);
        mark.getStyleClass().add("connection-notice");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.managedProperty().bind(mark.visibleProperty());
        Runnable update = () -> {
            ConnectionNotice notice = viewModel.noticeProperty().get();
            String key = notice == ConnectionNotice.REFUSED ? "refused" : "reconnecting";
            german.setText(texts.german(key));
            english.setText(texts.english(key));
            mark.setVisible(notice != ConnectionNotice.NONE);
            mark.pseudoClassStateChanged(REFUSED, notice == ConnectionNotice.REFUSED);
        };
        viewModel.noticeProperty().addListener((property, before, now) -> update.run());
        update.run();
        return mark;
    }
}
