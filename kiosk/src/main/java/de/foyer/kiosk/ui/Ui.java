package de.foyer.kiosk.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.List;

/** The few building blocks every screen is made of; their look is in kiosk.css. */
public final class Ui {

    private Ui() {
    }

    /** Text that wraps onto as many lines as it needs. */
    public static Paragraph text(String text, String... styleClasses) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyleClass().addAll(styleClasses);
        return paragraph;
    }

    /** Text that stays on one line, such as a ticket number. */
    public static Label line(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Button button(String id, String text, Runnable action, String... styleClasses) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.getStyleClass().addAll(styleClasses);
        // Words too long for the button go on a second line rather than being cut short.
        button.setWrapText(true);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A large button with a title and, beneath it, a line that says more (may be empty). */
    public static Button choice(String id, String title, String detail, Runnable action, String... styleClasses) {
        VBox lines = new VBox(6, text(title, "choice-title"));
        if (!detail.isEmpty()) {
            lines.getChildren().add(text(detail, "choice-detail"));
        }
        lines.setAlignment(Pos.CENTER_LEFT);
        Button button = button(id, "", action, styleClasses);
        button.getStyleClass().add("choice");
        button.setGraphic(lines);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** A screen: its title (and a line beneath) at the top, the content, the way on at the bottom. */
    public static BorderPane frame(String title, String subtitle, Node content, Node... navigation) {
        BorderPane frame = new BorderPane(content);
        frame.setTop(header(title, subtitle));
        BorderPane.setAlignment(content, Pos.TOP_CENTER);
        if (navigation.length > 0) {
            HBox bar = new HBox(24, navigation);
            bar.getStyleClass().add("navigation");
            frame.setBottom(bar);
        }
        return frame;
    }

    public static VBox header(String title, String subtitle) {
        Paragraph heading = text(title, "title");
        heading.setId("title");
        VBox header = new VBox(12, heading);
        if (!subtitle.isEmpty()) {
            Paragraph under = text(subtitle, "subtitle");
            under.setId("subtitle");
            header.getChildren().add(under);
        }
        header.getStyleClass().add("header");
        return header;
    }

    /** A large sign above a message the citizen must not miss: something did not go as hoped. */
    public static Node attention() {
        Circle disc = new Circle(64, Color.web("#ffd23f"));
        Label mark = line("!", "sign");
        StackPane sign = new StackPane(disc, mark);
        sign.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        return sign;
    }

    /** Buttons in equal columns, each as wide as its column. */
    public static GridPane grid(List<? extends Node> cells, int columns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("grid");
        for (int column = 0; column < columns; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        for (int i = 0; i < cells.size(); i++) {
            Node cell = cells.get(i);
            if (cell instanceof Region region) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
            grid.add(cell, i % columns, i / columns);
        }
        return grid;
    }

    /**
     * Scrolls the list a node is in, if any, just far enough that the node is wholly in view: speech
     * mode's focus may move to a choice below the fold of a list that large text made longer.
     */
    public static void bringIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds item = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double window = scroll.getViewportBounds().getHeight();
                double hidden = content.getLayoutBounds().getHeight() - window;
                if (hidden <= 0) {
                    return;
                }
                double top = scroll.getVvalue() * hidden;
                if (item.getMinY() < top) {
                    top = item.getMinY();
                } else if (item.getMaxY() > top + window) {
                    top = item.getMaxY() - window;
                }
                scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
                return;
            }
        }
    }

    /** Pushes what follows it in an HBox or VBox to the far end. */
    public static Region spring() {
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        VBox.setVgrow(spring, Priority.ALWAYS);
        return spring;
    }
}
