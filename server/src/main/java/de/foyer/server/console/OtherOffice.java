package de.foyer.server.console;

import java.util.List;
import java.util.Map;

/** The page that says something belongs to another office (status 403), with a way back. */
final class OtherOffice {

    private OtherOffice() {
    }

    static String page(PageRenderer renderer, PageViewer viewer, String titleKey, String textKey, String back, String path) {
        return renderer.page("other-office", titleKey, viewer, path, List.of("common.js"), Map.of(
                "text", renderer.texts().html(textKey),
                "back", back,
                "backText", renderer.texts().html("otherOffice.back")));
    }
}
