package de.foyer.kiosk.walkin;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Lists of choices that fit the screen for the usual catalogue, and can be swiped when an office offers more.
 * There is never a desktop scroll bar: on a touch screen it is too thin to hit, and it covers the right
 * edge of the buttons beneath it (in Turkish it hid the seventh category).
 */
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
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }
}
