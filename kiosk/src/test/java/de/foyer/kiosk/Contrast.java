package de.foyer.kiosk;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;

import java.util.List;
import java.util.Optional;

/**
 * The contrast of a text with what it is drawn on, as WCAG 2.1 measures it: the text's colour
 * against the nearest thing beneath it that paints (a region's background, or a shape a stack lays
 * under it, as the attention sign's disc).
 */
final class Contrast {

    private Contrast() {
    }

    static double ratio(Color text, Color ground) {
        double lighter = Math.max(luminance(text), luminance(ground));
        double darker = Math.min(luminance(text), luminance(ground));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** The text's contrast with its ground, if both are plain colours. */
    static Optional<Double> of(Labeled label) {
        if (!(label.getTextFill() instanceof Color text)) {
            return Optional.empty();
        }
        return ground(label).map(ground -> ratio(text, ground));
    }

    private static Optional<Color> ground(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            Parent parent = at.getParent();
            if (parent instanceof StackPane stack) {
                List<Node> beneath = stack.getChildrenUnmodifiable().subList(0, stack.getChildrenUnmodifiable().indexOf(at));
                for (int i = beneath.size() - 1; i >= 0; i--) {
                    if (beneath.get(i).isVisible() && beneath.get(i) instanceof Shape shape && shape.getFill() instanceof Color fill
                            && fill.getOpacity() == 1) {
                        return Optional.of(fill);
                    }
                }
            }
            if (at instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color fill && fill.getOpacity() == 1) {
                        return Optional.of(fill);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
