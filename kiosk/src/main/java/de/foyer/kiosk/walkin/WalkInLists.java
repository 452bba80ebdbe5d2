package de.foyer.kiosk.walkin;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Lists of choices that fit the screen for the usual catalogue, and can be swiped when an office offers more. */
final class WalkInLists {

    private WalkInLists() {
    }

    static Node scrolling(Node list) {
        VBox padded = new VBox(list);
        padded.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        return scroll;
    }
}
