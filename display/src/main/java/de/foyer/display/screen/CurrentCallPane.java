package de.foyer.display.screen;

import de.foyer.protocol.CallInfo;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The newest call, as large as the screen allows: number → counter; inverted while it blinks. */
final class CurrentCallPane extends VBox {

    private final Label number = big("current-number", "call-number");
    private final Label counter = big("current-counter", "call-counter");
    private final HBox recallBadge;
    private final GridPane call = new GridPane();
    private final ShrinkToFit callArea = new ShrinkToFit(call);
    private final VBox idle = new VBox();

    CurrentCallPane(CallScreenViewModel viewModel, ScreenTexts texts) {
        getStyleClass().add("current");
        setId("current");

        recallBadge = Captions.of(texts, "recall", "recall-badge");
        recallBadge.setId("recall-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(Captions.of(texts, "now", "pane-title"), spacer, recallBadge);
        top.setAlignment(Pos.CENTER_LEFT);

        Label arrow = big("current-arrow", "call-arrow");
        arrow.setText("→");
        call.add(number, 0, 0);
        call.add(arrow, 1, 0);
        call.add(counter, 2, 0);
        call.add(Captions.of(texts, "number", "under-caption"), 0, 1);
        call.add(Captions.of(texts, "counter", "under-caption"), 2, 1);
        call.getChildren().forEach(node -> GridPane.setHalignment(node, HPos.CENTER));
        call.setAlignment(Pos.CENTER);
        call.getStyleClass().add("call-grid");

        Label idleGerman = new Label(texts.german("idle"));
        idleGerman.getStyleClass().add("idle-german");
        Label idleEnglish = new Label(texts.english("idle"));
        idleEnglish.getStyleClass().add("idle-english");
        idle.getChildren().addAll(idleGerman, idleEnglish);
        idle.setAlignment(Pos.CENTER);
        idle.setId("idle");
        idle.getStyleClass().add("idle");
        idle.getChildren().forEach(label -> ((Label) label).setWrapText(true));
        // Wrapping text asks for its whole width; the pane's width must come from the screen.
        idle.setMinWidth(0);
        idle.setPrefWidth(0);

        StackPane body = new StackPane(callArea, idle);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, body);

        viewModel.currentProperty().addListener((property, before, now) -> show(now));
        viewModel.flashProperty().addListener((property, before, now) -> flash(now));
        show(viewModel.currentProperty().get());
        flash(viewModel.flashProperty().get());
    }

    private void show(CallInfo current) {
        boolean calling = current != null;
        callArea.setVisible(calling);
        idle.setVisible(!calling);
        number.setText(calling ? current.ticket() : "");
        counter.setText(calling ? current.counter() : "");
        recallBadge.setVisible(calling && current.recalls() > 0);
    }

    private void flash(boolean on) {
        if (on) {
            if (!getStyleClass().contains("flash")) {
                getStyleClass().add("flash");
            }
        } else {
            getStyleClass().remove("flash");
        }
    }

    private static Label big(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        // Never "A0…": a number on this screen is shown whole or the layout is wrong.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
