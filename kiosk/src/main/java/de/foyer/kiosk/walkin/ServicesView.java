package de.foyer.kiosk.walkin;

import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One large button per service of the chosen category, each with its expected wait. */
public final class ServicesView implements ScreenView {

    private final ServicesViewModel model;

    public ServicesView(ServicesViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        List<Button> buttons = model.items().stream().map(item -> button(item, texts)).toList();
        Button back = Ui.button("back", texts.get("common.back"), model::back, "quiet");
        return Ui.frame(texts.get("services.title"), model.category().primary(texts.language()),
                WalkInLists.scrolling(Ui.grid(buttons, layout.portrait() ? 1 : 2)), back);
    }

    private Button button(ServicesViewModel.Item item, Texts texts) {
        String detail = Stream.of(item.name().secondary(texts.language()), ServicesViewModel.waitLabel(item, texts))
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
        return Ui.choice("service-" + item.id(), item.name().primary(texts.language()), detail, () -> model.choose(item));
    }
}
