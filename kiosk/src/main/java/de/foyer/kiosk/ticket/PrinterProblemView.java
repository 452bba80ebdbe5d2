package de.foyer.kiosk.ticket;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.kiosk.ui.QrImages;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** No paper ticket: the number large on screen, and its QR code to take along on a phone. */
public final class PrinterProblemView implements ScreenView {

    private static final int QR_MODULE_PIXELS = 10;

    private final PrinterProblemViewModel model;

    public PrinterProblemView(PrinterProblemViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        if (!model.hasTicket()) {
            return new VBox();
        }
        Paragraph reason = Ui.text(model.reason(texts), "notice");
        reason.setId("printer-reason");
        VBox number = TicketCards.number(model.number(), texts);
        ImageView qr = new ImageView(QrImages.of(model.link(), QR_MODULE_PIXELS));
        qr.setId("ticket-qr");
        StackPane qrFrame = new StackPane(qr);
        qrFrame.getStyleClass().add("qr");
        qrFrame.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        Pane content;
        if (layout.portrait()) {
            Paragraph qrHint = Ui.text(texts.get("printer.qrHint"), "body");
            HBox qrBox = new HBox(36, qrFrame, qrHint);
            qrBox.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(qrHint, Priority.ALWAYS);
            VBox details = TicketCards.details(model.service(texts), model.waitingArea(texts), model.waitTime(texts));
            content = new VBox(reason, number, qrBox, details);
        } else {
            // Side by side, or the number, its code and where to wait would not all fit the height; the
            // hint to the code runs across the whole width beneath, so that a long waiting area's name
            // in a long language does not make the narrow column taller than the screen.
            VBox details = TicketCards.details("", model.waitingArea(texts), model.waitTime(texts));
            HBox.setHgrow(details, Priority.ALWAYS);
            details.setPrefWidth(0);
            HBox columns = new HBox(48, number, qrFrame, details);
            columns.setAlignment(Pos.TOP_LEFT);
            content = new VBox(reason, columns, Ui.text(texts.get("printer.qrHint"), "small"));
        }
        content.getStyleClass().add("content");
        Button done = Ui.button("done", texts.get("common.done"), model::done, "primary");
        String headline = String.join(" ", model.headline(texts), model.appointment(texts)).strip();
        return Ui.frame(texts.get("printer.title"), headline, content, done);
    }
}
