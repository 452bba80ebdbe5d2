package de.foyer.display.screen;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.TranslateTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The notices line at the foot of the screen. Text that fits stands still (it is read more
 * easily); longer text scrolls slowly from right to left, at a speed that follows the font size
 * so it reads the same on every screen.
 */
final class TickerBar extends Pane {

    /** Font heights per second. */
    private static final double SPEED = 2.5;
    private final Label text = new Label();
    private TranslateTransition scroll;
    private boolean running;

    TickerBar(ReadOnlyStringProperty notices) {
        getStyleClass().add("ticker");
        setId("ticker");
        text.setId("ticker-text");
        text.getStyleClass().add("ticker-text");
        text.setMinWidth(Pane.USE_PREF_SIZE);
        text.textProperty().bind(notices);
        getChildren().add(text);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinHeight(USE_PREF_SIZE);
        visibleProperty().bind(notices.isNotEmpty());
        managedProperty().bind(visibleProperty());
        widthProperty().addListener((property, before, now) -> restart());
        text.widthProperty().addListener((property, before, now) -> restart());
    }

    @Override
    protected void layoutChildren() {
        double height = text.prefHeight(-1);
        text.resizeRelocate(snappedLeftInset(), (getHeight() - height) / 2, text.prefWidth(-1), height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + text.prefHeight(-1) + snappedBottomInset();
    }

    void start() {
        running = true;
        restart();
    }

    void stop() {
        running = false;
        restart();
    }

    private void restart() {
        if (scroll != null) {
            scroll.stop();
            scroll = null;
        }
        text.setTranslateX(0);
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double overflow = text.getWidth() - room;
        if (!running || overflow <= 0 || text.getHeight() <= 0) {
            return;
        }
        double distance = room + text.getWidth();
        scroll = new TranslateTransition(Duration.seconds(distance / (SPEED * text.getHeight())), text);
        scroll.setFromX(room);
        scroll.setToX(-text.getWidth());
        scroll.setInterpolator(Interpolator.LINEAR);
        scroll.setCycleCount(Animation.INDEFINITE);
        scroll.play();
    }
}
