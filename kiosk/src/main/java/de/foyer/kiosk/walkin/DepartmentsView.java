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
 * One large button per office. The server names offices in German only, as the signs in the
 * building do, so the name stands alone in every language; the title asks in the citizen's.
 */
public final class DepartmentsView implements ScreenView {

    private final DepartmentsViewModel model;

    public DepartmentsView(DepartmentsViewModel model) {
        this.model = model;
    }

    @Override
    public Node build(Texts texts, Layout layout) {
        List<Button> buttons = model.offices().stream().map(this::button).toList();
        Button back = Ui.button("back", texts.get("common.back"), model::back, "quiet");
        return Ui.frame(texts.get("departments.title"), texts.get("departments.hint"),
                WalkInLists.scrolling(Ui.grid(buttons, layout.portrait() ? 1 : 2)), back);
    }

    private Button button(OfficeData office) {
        return Ui.choice("department-" + office.id(), office.name(), "", () -> model.choose(office));
    }
}
