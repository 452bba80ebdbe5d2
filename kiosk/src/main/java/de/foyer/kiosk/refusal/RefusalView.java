package de.foyer.kiosk.refusal;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** Why not, in plain words, what matters large, and the button for the next step. */
public final class RefusalView implements ScreenView {

    private final RefusalViewModel model;

    public RefusalView(RefusalViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        Paragraph title = Ui.text(model.title(texts), "title");
        title.setId("refusal-title");
        HBox heading = new HBox(40, Ui.attention(), title);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        heading.getStyleClass().add("header");

        Paragraph message = Ui.text(model.message(texts), "lead");
        message.setId("refusal-message");
        VBox content = new VBox(message);
        content.getStyleClass().add("content");
        model.highlight(texts).ifPresent(highlight -> {
            Label value = Ui.line(highlight.value(), switch (highlight.kind()) {
                case TIME -> "time";
                case DAY -> "day";
                case NUMBER -> "number";
            });
            value.setId("refusal-highlight");
            value.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            VBox box = new VBox(0, Ui.line(highlight.label(), "number-label"), value);
            box.setAlignment(Pos.CENTER);
            content.getChildren().add(box);
        });
        List<String> ways = model.otherWays(texts);
        if (!ways.isEmpty()) {
            VBox card = new VBox(Ui.text(texts.get("ways.title"), "body", "strong"));
            ways.forEach(way -> card.getChildren().add(Ui.text("•  " + way, "body")));
            card.setId("other-ways");
            card.getStyleClass().add("card");
            content.getChildren().add(card);
        }
        return new VBox(heading, content, Ui.spring(), navigation(texts, layout));
    }

    private Node navigation(Texts texts, Layout layout) {
        List<Button> buttons = new ArrayList<>();
        switch (model.nextStep()) {
            case WALK_IN:
                buttons.add(Ui.button("take-walk-in", texts.get("refusal.takeWalkIn"), model::walkIn, "primary"));
                break;
            case ENTER_CODE:
                buttons.add(Ui.button("enter-code", texts.get("refusal.enterCode"), model::enterCode, "primary"));
                break;
            default:
                break;
        }
        buttons.add(Ui.button("home", texts.get("common.home"), model::home, buttons.isEmpty() ? "primary" : "quiet"));
        buttons.forEach(button -> button.setMaxWidth(Double.MAX_VALUE));
        VBox bar = new VBox(24);
        bar.getChildren().addAll(buttons);
        bar.getStyleClass().add("navigation");
        return bar;
    }
}
