package de.foyer.kiosk.status;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A plain apology: no ticket now, where to go instead, and that the kiosk keeps trying. */
public final class ServerDownView implements ScreenView {

    private final ServerDownViewModel model;

    public ServerDownView(ServerDownViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        Paragraph title = Ui.text(texts.get("offline.title"), "title");
        title.setId("offline-title");
        HBox heading = new HBox(40, Ui.attention(), title);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        heading.getStyleClass().add("header");
        Paragraph message = Ui.text(texts.get("offline.message"), "lead");
        message.setId("offline-message");
        VBox content = new VBox(message, Ui.text(texts.get("offline.retrying"), "body"));
        content.getStyleClass().add("content");
        Button home = Ui.button("home", texts.get("common.home"), model::home, "primary");
        home.setMaxWidth(Double.MAX_VALUE);
        VBox navigation = new VBox(home);
        navigation.getStyleClass().add("navigation");
        return new VBox(heading, content, Ui.spring(), navigation);
    }
}
