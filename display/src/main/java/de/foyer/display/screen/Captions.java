package de.foyer.display.screen;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A label in German with its English beside it, smaller and dimmer: "Nummer · Number". */
final class Captions {

    private Captions() {
    }

    static HBox of(ScreenTexts texts, String key, String styleClass) {
        Label german = new Label(texts.german(key));
        german.getStyleClass().add("german");
        Label english = new Label("· " + texts.english(key));
        english.getStyleClass().add("english");
        HBox caption = new HBox(german, english);
        caption.setAlignment(Pos.BASELINE_LEFT);
        caption.getStyleClass().addAll("caption", styleClass);
        return caption;
    }
}
