package de.foyer.kiosk.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Text that wraps at word boundaries into lines of its own, one label per line. JavaFX 21 draws
 * wrapped Arabic text on Linux with lines shifted and letters repeated; single lines it draws
 * right. So the kiosk breaks every paragraph itself, in all languages alike. A "\n" in the text
 * starts a new line.
 */
public final class Paragraph extends VBox {

    /** Room for the rounding of glyph widths, so a line measured as fitting is never cut. */
    private static final double SLACK = 2;

    private final String text;
    private final Text ruler = new Text();
    private List<String> lines;
    private double brokenFor = -1;
    private Font brokenWith;

    public Paragraph(String text) {
        this.text = text;
        this.lines = List.of(text.split("\n", -1));
        getStyleClass().add("paragraph");
        lines.forEach(line -> getChildren().add(label(line)));
    }

    public String getText() {
        return text;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            rebreak(width - snappedLeftInset() - snappedRightInset());
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        rebreak(getWidth() - snappedLeftInset() - snappedRightInset());
        super.layoutChildren();
    }

    private void rebreak(double width) {
        Font font = ((Label) getChildren().get(0)).getFont();
        if (width <= 0 || (width == brokenFor && font.equals(brokenWith))) {
            return;
        }
        brokenFor = width;
        brokenWith = font;
        ruler.setFont(font);
        List<String> broken = breakLines(text, width - SLACK, line -> {
            ruler.setText(line);
            return ruler.getLayoutBounds().getWidth();
        });
        if (!broken.equals(lines)) {
            lines = broken;
            List<Label> labels = broken.stream().map(Paragraph::label).toList();
            getChildren().setAll(labels);
            labels.forEach(Label::applyCss);
        }
    }

    /** Greedy breaking: as many words on a line as fit; a word wider than the line stands alone. */
    static List<String> breakLines(String text, double width, ToDoubleFunction<String> measure) {
        List<String> broken = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String line = "";
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && measure.applyAsDouble(candidate) > width) {
                    broken.add(line);
                    line = word;
                } else {
                    line = candidate;
                }
            }
            broken.add(line);
        }
        return broken;
    }

    private static Label label(String line) {
        Label label = new Label(line);
        label.setMinWidth(0);
        return label;
    }
}
