package de.foyer.kiosk.walkin;

import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Layout;
import de.foyer.kiosk.ui.ScreenView;
import de.foyer.kiosk.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;

import java.util.List;

/**
 * One large button per category. Their type is a little smaller than other choices, so that an office's
 * seven categories fit the screen also with the English name beneath the German one.
 */
public final class CategoriesView implements ScreenView {

    private final CategoriesViewModel model;

    public CategoriesView(CategoriesViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        List<Button> buttons = model.categories().stream().map(category -> button(category, texts)).toList();
        Button back = Ui.button("back", texts.get("common.back"), model::back, "quiet");
        String subtitle = model.office().isEmpty() ? texts.get("categories.hint") : model.office();
        return Ui.frame(texts.get("categories.title"), subtitle,
                WalkInLists.scrolling(Ui.grid(buttons, layout.portrait() ? 1 : 2)), back);
    }

    private Button button(OfficeData.Category category, Texts texts) {
        return Ui.choice("category-" + category.id(), category.name().primary(texts.language()),
                category.name().secondary(texts.language()), () -> model.choose(category), "compact", "category");
    }
}
