package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The parts of a ticket on screen: the number, and the card with service, place and wait. */
final class TicketCards {

    private TicketCards() {
    }

    static VBox number(String number, Texts texts) {
        Label digits = Ui.line(number, "number");
        digits.setId("ticket-number");
        // Ticket numbers read left to right on every screen and ticket, also amid Arabic text.
        digits.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        VBox box = new VBox(0, Ui.line(texts.get("ticket.yourNumber"), "number-label"), digits);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    static VBox details(String service, String waitingArea, String waitTime) {
        Paragraph area = Ui.text(waitingArea, "body", "strong");
        area.setId("ticket-area");
        Paragraph wait = Ui.text(waitTime, "body");
        wait.setId("ticket-wait");
        VBox card = new VBox();
        if (!service.isBlank()) {
            Paragraph name = Ui.text(service, "body");
            name.setId("ticket-service");
            card.getChildren().add(name);
        }
        card.getChildren().addAll(area, wait);
        card.getStyleClass().add("card");
        return card;
    }
}
