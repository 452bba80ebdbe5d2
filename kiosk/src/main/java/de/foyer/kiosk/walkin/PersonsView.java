package de.foyer.kiosk.walkin;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;

import java.util.List;

/** For how many persons: one tap on a large number; "just me" is the first and the most common. */
public final class PersonsView implements ScreenView {

    private final PersonsViewModel model;

    public PersonsView(PersonsViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        List<Button> buttons = model.choices().stream().map(count -> button(count, texts)).toList();
        VBox content = new VBox(Ui.text(texts.get("persons.hint"), "body"), Ui.grid(buttons, layout.portrait() ? 2 : 3));
        content.getStyleClass().add("content");
        Button back = Ui.button("back", texts.get("common.back"), model::back, "quiet");
        return Ui.frame(texts.get("persons.title"), model.service().primary(texts.language()), content, back);
    }

    private Button button(int count, Texts texts) {
        VBox lines = new VBox(4, Ui.line(Integer.toString(count), "choice-title"));
        if (count == 1) {
            lines.getChildren().add(Ui.text(texts.get("persons.one"), "choice-detail"));
        }
        lines.setAlignment(Pos.CENTER);
        Button button = Ui.button("persons-" + count, "", () -> model.choose(count), "choice", "persons");
        if (count == 1) {
            button.getStyleClass().add("primary");
        }
        button.setGraphic(lines);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return button;
    }
}
