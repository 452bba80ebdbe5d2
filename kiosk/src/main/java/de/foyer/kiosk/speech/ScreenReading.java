package de.foyer.kiosk.speech;

import de.foyer.kiosk.ui.Paragraph;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A screen as it is read aloud, taken from the screen as drawn: its title, the texts in the order
 * they stand, the buttons to choose from, and on the code screen the keys of its keyboard (which
 * are typed, not listed). A button says what it shows: its text, or the lines of its picture.
 */
record ScreenReading(String title, List<String> texts, List<Button> choices, Map<String, Button> keys) {

    static final ScreenReading NOTHING = new ScreenReading("", List.of(), List.of(), Map.of());

    static ScreenReading of(Node root) {
        Walk walk = new Walk();
        walk.visit(root);
        // The line beneath the title is read with it, wherever the layout put it among its children.
        List<String> texts = new ArrayList<>(walk.subtitle);
        texts.addAll(walk.texts);
        return new ScreenReading(walk.title, List.copyOf(texts), List.copyOf(walk.choices), Map.copyOf(walk.keys));
    }

    /** What a button says: its text, or the texts of the lines inside it. */
    static String label(Button button) {
        if (button.getText() != null && !button.getText().isBlank()) {
            return button.getText();
        }
        List<String> lines = new ArrayList<>();
        collectTexts(button.getGraphic(), lines);
        return String.join(", ", lines);
    }

    List<String> labels() {
        return choices.stream().map(ScreenReading::label).collect(Collectors.toList());
    }

    /** Whether it says the same as the other: a screen drawn anew for a detail nobody hears is not read again. */
    boolean saysTheSameAs(ScreenReading other) {
        return title.equals(other.title) && texts.equals(other.texts) && labels().equals(other.labels())
                && keys.keySet().equals(other.keys.keySet());
    }

    private static void collectTexts(Node node, List<String> into) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Paragraph paragraph) {
            addIfSaid(paragraph.getText(), into);
        } else if (node instanceof Labeled labeled) {
            addIfSaid(labeled.getText(), into);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, into));
        }
    }

    /** A placeholder such as "_____-_____" has nothing to say. */
    private static void addIfSaid(String text, List<String> into) {
        if (text != null && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            into.add(text.replace('\n', ' '));
        }
    }

    private static final class Walk {
        String title = "";
        final List<String> subtitle = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Button> choices = new ArrayList<>();
        final Map<String, Button> keys = new LinkedHashMap<>();

        void visit(Node node) {
            if (!node.isVisible()) {
                return;
            }
            if (node instanceof Button button) {
                if (button.getStyleClass().contains("key")) {
                    keys.put(button.getText(), button);
                } else {
                    choices.add(button);
                }
            } else if (node instanceof Paragraph paragraph && "title".equals(paragraph.getId())) {
                title = paragraph.getText().replace('\n', ' ');
            } else if (node instanceof Paragraph paragraph && "subtitle".equals(paragraph.getId())) {
                collectTexts(paragraph, subtitle);
            } else if (node instanceof Paragraph || node instanceof Labeled) {
                collectTexts(node, texts);
            } else if (node instanceof ScrollPane scroll) {
                // Its content hangs under its skin, which exists only once it has been laid out.
                visit(scroll.getContent());
            } else if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(this::visit);
            }
        }
    }
}
