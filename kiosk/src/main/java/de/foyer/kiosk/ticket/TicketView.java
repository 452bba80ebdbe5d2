package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The number, where to wait and about how long; the ticket is in the printer's tray. */
public final class TicketView implements ScreenView {

    private final TicketViewModel model;

    public TicketView(TicketViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        if (!model.hasTicket()) {
            return new VBox();
        }
        VBox number = TicketCards.number(model.number(), texts);
        VBox details = TicketCards.details(model.service(texts), model.waitingArea(texts), model.waitTime(texts));
        VBox hints = new VBox(Ui.text(texts.get("ticket.take"), "body", "strong"),
                Ui.text(texts.get("ticket.callHint"), "body"));
        hints.getStyleClass().add("column");
        Pane content;
        if (layout.portrait()) {
            content = new VBox(number, details, hints);
        } else {
            VBox right = new VBox(details, hints);
            right.getStyleClass().add("column");
            HBox.setHgrow(right, Priority.ALWAYS);
            content = new HBox(60, number, right);
        }
        content.getStyleClass().add("content");
        Button done = Ui.button("done", texts.get("common.done"), model::done, "primary");
        return Ui.frame(model.headline(texts), model.appointment(texts), content, done);
    }
}
