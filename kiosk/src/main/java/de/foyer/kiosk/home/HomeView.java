package de.foyer.kiosk.home;

import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.kiosk.ui.QrIcon;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The greeting, two large choices, the scanner hint, and the languages, each in its own words. */
public final class HomeView implements ScreenView {

    private final HomeViewModel model;

    public HomeView(HomeViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        Button appointment = Ui.choice("appointment", texts.get("home.appointment"), texts.get("home.appointment.detail"),
                model::chooseAppointment, "large");
        Button walkIn = Ui.choice("walk-in", texts.get("home.walkIn"), texts.get("home.walkIn.detail"),
                model::chooseWalkIn, "primary", "large");
        Paragraph hint = Ui.text(texts.get("home.scanHint"), "body");
        HBox scan = new HBox(40, QrIcon.of(layout.portrait() ? 150 : 120), hint);
        HBox.setHgrow(hint, Priority.ALWAYS);
        scan.setAlignment(Pos.CENTER_LEFT);
        scan.getStyleClass().add("card");

        VBox content = new VBox();
        content.getStyleClass().add("content");
        if (layout.portrait()) {
            content.getChildren().addAll(scan, appointment, walkIn);
        } else {
            appointment.getStyleClass().add("wide");
            walkIn.getStyleClass().add("wide");
            HBox choices = new HBox(32, appointment, walkIn);
            HBox.setHgrow(appointment, Priority.ALWAYS);
            HBox.setHgrow(walkIn, Priority.ALWAYS);
            appointment.setPrefWidth(0);
            walkIn.setPrefWidth(0);
            content.getChildren().addAll(choices, scan);
        }
        String notice = model.notice(texts);
        if (!notice.isEmpty()) {
            Paragraph banner = Ui.text(notice, "notice");
            banner.setId("notice");
            content.getChildren().add(banner);
        }
        // Landscape screens are short: the choices speak for themselves, and so do the languages' names.
        VBox languages = new VBox(16, languages(layout));
        languages.getStyleClass().add("navigation");
        if (layout.portrait()) {
            languages.getChildren().add(0, Ui.text(texts.get("home.language"), "small"));
        }
        String question = layout.portrait() ? texts.get("home.question") : "";
        Node header = Ui.header(model.welcome(texts), question);
        // Leichte Sprache (a way of German, not a language of its own) and the seeing aids: beneath the
        // languages upright, as many in a row as fit; on a wide screen, whose one row of languages has no
        // room, beside the greeting in two short rows, so that the greeting keeps most of the width.
        List<Button> variants = model.languages().stream().filter(Language::variant).map(this::languageButton).toList();
        List<Button> aids = model.aids().stream().map(aid -> aidButton(aid, texts)).toList();
        if (layout.portrait()) {
            FlowPane ways = new FlowPane(28, 28);
            ways.getStyleClass().add("ways");
            ways.getChildren().addAll(variants);
            ways.getChildren().addAll(aids);
            languages.getChildren().add(ways);
        } else {
            VBox place = new VBox(16, besideTitle(variants), besideTitle(aids));
            place.getStyleClass().add("header");
            HBox top = new HBox(header, place);
            HBox.setHgrow(header, Priority.ALWAYS);
            header = top;
        }
        return new VBox(header, Ui.spring(), content, Ui.spring(), languages);
    }

    private Node languages(Layout layout) {
        List<Button> buttons = model.languages().stream().filter(language -> !language.variant())
                .map(this::languageButton).toList();
        // Upright four to a row, on a wide screen all in one; with large text fewer, or the longest names would be cut.
        boolean large = model.isOn(SeeingAid.LARGE_TEXT);
        int columns = layout.portrait() ? (large ? 3 : 4) : (large ? 4 : buttons.size());
        return Ui.grid(buttons, columns);
    }

    private static HBox besideTitle(List<Button> ways) {
        ways.forEach(way -> way.getStyleClass().add("beside-title"));
        HBox row = new HBox(24, ways.toArray(Node[]::new));
        row.setAlignment(Pos.TOP_RIGHT);
        return row;
    }

    private Button aidButton(SeeingAid aid, Texts texts) {
        Button button = Ui.button(aid.styleClass(), texts.get(aid.textKey()), () -> model.toggle(aid), "language");
        if (model.isOn(aid)) {
            button.getStyleClass().add("primary");
        }
        return button;
    }

    private Button languageButton(Language language) {
        Button button = Ui.button("language-" + language.id(), language.ownName(), () -> model.chooseLanguage(language),
                "language");
        if (model.isChosen(language)) {
            button.getStyleClass().add("primary");
        }
        return button;
    }
}
