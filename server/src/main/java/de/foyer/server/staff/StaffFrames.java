package de.foyer.server.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Frame;
import de.foyer.server.web.Html;

import java.util.List;

/** Makes the frame of a staff page for its viewer: the navigation shows what the viewer's role allows. */
public final class StaffFrames {

    private record Entry(String path, String textKey, Role role) {
    }

    private static final List<Entry> NAVIGATION = List.of(
            new Entry("/console", "nav.counter", Role.CLERK),
            new Entry("/console/info", "nav.info", Role.CLERK),
            new Entry("/console/day", "nav.day", Role.CLERK),
            new Entry("/admin", "nav.settings", Role.OFFICE_ADMIN),
            new Entry("/admin/statistics", "nav.statistics", Role.OFFICE_ADMIN),
            new Entry("/admin/planning", "nav.planning", Role.OFFICE_ADMIN),
            new Entry("/admin/audit", "nav.audit", Role.OFFICE_ADMIN));

    private final Bilingual words;
    private final String scriptMessages;

    public StaffFrames(Bilingual words, ObjectMapper json) {
        this.words = words;
        try {
            this.scriptMessages = Html.jsonInScript(json.writeValueAsString(words.scriptMessages()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The scripts' messages cannot be written as JSON", e);
        }
    }

    public Bilingual words() {
        return words;
    }

    /** The frame for a signed-in viewer on the page at {@code path}. */
    public Frame of(PageViewer viewer, String titleKey, String path, List<String> scripts) {
        String office = viewer.choosesOffice() ? viewer.clerk().officeId() : "";
        String stay = office.isEmpty() ? "" : "?office=" + office;
        List<Frame.Link> navigation = NAVIGATION.stream()
                .filter(entry -> viewer.clerk().has(entry.role()))
                .map(entry -> new Frame.Link(entry.path() + stay, entry.textKey(), entry.path().equals(path)))
                .toList();
        List<Frame.Link> offices = viewer.choosesOffice() ? viewer.offices().stream()
                .map(place -> new Frame.Link(path + "?office=" + place.id(), place.name(), place.id().equals(office)))
                .toList() : List.of();
        return new Frame(titleKey, words, viewer.officeName(), viewer.clerk().username(), viewer.clerk().csrfToken(),
                navigation, scripts, scriptMessages, office, offices);
    }

    /** The frame for someone not signed in (the login page). */
    public Frame anonymous(String titleKey, List<String> scripts) {
        return new Frame(titleKey, words, "", "", "", List.of(), scripts, scriptMessages, "", List.of());
    }
}
