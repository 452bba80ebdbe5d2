package de.foyer.kiosk.ui;

import de.foyer.kiosk.text.Texts;
import javafx.scene.Node;

/**
 * A screen's view: builds its controls from its view model, fresh each time it is shown or the
 * language changes, so nothing of the last citizen can linger in a control.
 */
public interface ScreenView {

    Node build(Texts texts, Layout layout);
}
