package de.foyer.display.screen;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Shows one region at its preferred size, scaled down (never up) until it fits, centred. The
 * newest call is sized generously and shrinks only when a long counter name or a narrow screen
 * would otherwise cut it: a number shown in part is worse than one shown smaller.
 */
final class ShrinkToFit extends Pane {

    private final Region content;

    ShrinkToFit(Region content) {
        this.content = content;
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double width = content.prefWidth(-1);
        double height = content.prefHeight(width);
        double roomWidth = getWidth() - snappedLeftInset() - snappedRightInset();
        double roomHeight = getHeight() - snappedTopInset() - snappedBottomInset();
        double scale = width <= 0 || height <= 0 ? 1 : Math.min(1, Math.min(roomWidth / width, roomHeight / height));
        content.resize(width, height);
        // Scaling pivots on the centre of the content, so centring the unscaled box centres the result.
        content.setScaleX(scale);
        content.setScaleY(scale);
        content.relocate(snappedLeftInset() + (roomWidth - width) / 2, snappedTopInset() + (roomHeight - height) / 2);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }
}
