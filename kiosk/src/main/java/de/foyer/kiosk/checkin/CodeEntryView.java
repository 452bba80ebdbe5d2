package de.foyer.kiosk.checkin;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The booking code typed on large keys; no system keyboard ever opens. */
public final class CodeEntryView implements ScreenView {


    private final CodeEntryViewModel model;

    public CodeEntryView(CodeEntryViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        Label display = Ui.line("", "code-display");
        display.setId("code");
        display.setMaxWidth(Double.MAX_VALUE);
        display.textProperty().bind(Bindings.when(model.code().isEmpty()).then("_____-_____").otherwise(model.grouped()));

        Button delete = Ui.button("delete", texts.get("code.delete"), model::delete);
        Button submit = Ui.button("submit-code", texts.get("code.submit"), model::submit, "primary");
        submit.disableProperty().bind(model.complete().not());

        List<Button> keys = model.keys().stream()
                .map(key -> Ui.button("key-" + key, String.valueOf(key), () -> model.type(key), "key"))
                .toList();
        keys.forEach(key -> key.getStyleClass().add("tall"));
        GridPane keyboard = Ui.grid(keys, layout.portrait() ? 6 : 8);
        keyboard.getStyleClass().add("keyboard");
        keyboard.setAlignment(Pos.CENTER);
        // Codes read left to right in every language, so display and keys do too.
        display.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        keyboard.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);

        // The way on and the correction one above the other, each as wide as the display: side by side,
        // "Зарегистрироваться" and "Удалить" would not both fit an upright screen in large text.
        submit.setMaxWidth(Double.MAX_VALUE);
        delete.setMaxWidth(Double.MAX_VALUE);
        Pane content;
        if (layout.portrait()) {
            content = new VBox(display, keyboard, submit, delete);
        } else {
            VBox left = new VBox(28, display, submit, delete);
            HBox.setHgrow(left, Priority.ALWAYS);
            content = new HBox(60, left, keyboard);
        }
        content.getStyleClass().add("content");
        Button back = Ui.button("back", texts.get("common.back"), model::back, "quiet");
        return Ui.frame(texts.get("code.title"), texts.get("code.hint"), content, back);
    }
}
