package de.foyer.server.admin;

import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.web.Bilingual;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The settings page's sections on devices, notices and clerk accounts. */
final class StaffSections {

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Bilingual words;
    private final Forms forms;
    private final ZoneId zone;
    private final Role viewerRole;
    private final List<PageViewer.Place> viewerOffices;

    /**
     * @param viewerRole    the roles offered are those the viewer has and below
     * @param viewerOffices the offices the viewer may give an account; a choice is offered when there are several
     */
    StaffSections(Bilingual words, Forms forms, ZoneId zone, Role viewerRole, List<PageViewer.Place> viewerOffices) {
        this.words = words;
        this.forms = forms;
        this.zone = zone;
        this.viewerRole = viewerRole;
        this.viewerOffices = viewerOffices;
    }

    /** A device's name and waiting area, to change; a display moved to another area starts afresh there. */
    private Form deviceChange(SettingsView.DeviceRow device, SettingsView settings) {
        int n = forms.next();
        List<Choice> areas = new ArrayList<>();
        if (device.waitingArea() == null) {
            areas.add(new Choice("", "–", true));
        }
        areas.addAll(OfficeSections.areas(settings.waitingAreas(), device.waitingArea()));
        return new Form(n, "PUT", "/api/v1/admin/devices/" + device.id(), true, "save", List.of(
                Forms.text(n, "admin.name", "name", device.name(), 20, true),
                Forms.select(n, "admin.waitingArea", "waitingArea", areas, true)));
    }

    SettingsPageView.Devices devices(SettingsView settings) {
        Map<String, String> areaNames = OfficeSections.areaNames(settings.waitingAreas());
        List<SettingsPageView.DeviceRow> rows = settings.devices().stream().map(device -> new SettingsPageView.DeviceRow(
                device.id(), device.name(), "admin.kind." + device.kind(),
                String.join(", ", device.offices().stream().filter(office -> !office.equals(settings.office())).toList()),
                device.waitingArea() == null ? "–" : areaNames.getOrDefault(device.waitingArea(), device.waitingArea()),
                device.online(), device.lastSeen() == null ? null : seen(device.lastSeen()),
                device.printerStatus() == null ? null : "admin.printer." + device.printerStatus(),
                "OK".equals(device.printerStatus()),
                new Form(forms.next(), "POST", "/api/v1/admin/devices/" + device.id() + "/token", false, "admin.newToken", List.of()),
                new Form(forms.next(), "DELETE", "/api/v1/admin/devices/" + device.id(), true, "admin.revoke", List.of()),
                deviceChange(device, settings))).toList();
        List<Choice> areas = new ArrayList<>();
        areas.add(new Choice("", "–", true));
        areas.addAll(OfficeSections.areas(settings.waitingAreas(), ""));
        int n = forms.next();
        return new SettingsPageView.Devices(rows, new Form(n, "POST", "/api/v1/admin/devices", false, "admin.register", List.of(
                Forms.text(n, "admin.name", "name", "", 20, true),
                Forms.select(n, "admin.kind", "kind", List.of(new Choice("kiosk", words.both("admin.kind.KIOSK"), true),
                        new Choice("display", words.both("admin.kind.DISPLAY"), false)), false),
                Forms.select(n, "admin.waitingArea", "waitingArea", areas, true))));
    }

    SettingsPageView.Listing notices(SettingsView settings) {
        List<Form> existing = settings.notices().stream().map(this::noticeForm).toList();
        List<Choice> areas = new ArrayList<>();
        areas.add(new Choice("", words.both("admin.allAreas"), true));
        areas.addAll(OfficeSections.areas(settings.waitingAreas(), ""));
        int n = forms.next();
        return new SettingsPageView.Listing(existing, new Form(n, "POST", "/api/v1/admin/notices", true, "admin.add", List.of(
                Forms.text(n, "admin.noticeText", "text", "", 40, true), Forms.text(n, "admin.noticeTextEn", "textEn", "", 40, false),
                Forms.select(n, "admin.waitingArea", "waitingArea", areas, true),
                Forms.day(n, "admin.shownFrom", "shownFrom", false), Forms.day(n, "admin.shownUntil", "shownUntil", false))));
    }

    /** A notice as it reads, with the waiting area and days it is shown on, and a form that removes it. */
    private Form noticeForm(SettingsView.NoticeRow notice) {
        Form.Field note = new Form.Note(null, notice.text(), notice.textEn().isEmpty() ? null : notice.textEn(),
                (notice.waitingArea() == null ? "" : notice.waitingArea() + " ")
                        + (notice.shownFrom() == null ? "" : notice.shownFrom() + " – ")
                        + (notice.shownUntil() == null ? "" : notice.shownUntil()));
        return new Form(forms.next(), "DELETE", "/api/v1/admin/notices/" + notice.id(), true, "admin.remove", List.of(note));
    }

    SettingsPageView.Clerks clerks(SettingsView settings) {
        List<SettingsPageView.ClerkForms> accounts = new ArrayList<>();
        for (SettingsView.ClerkRow clerk : settings.clerks()) {
            if (!viewerRole.includes(Role.valueOf(clerk.role())) || !viewerKeeps(clerk.offices())) {
                // The installation's administrator, and an account shared with offices the viewer does not keep,
                // are the installation administrator's to change (see ClerkAccounts).
                continue;
            }
            int change = forms.next();
            List<Form.Field> fields = new ArrayList<>(List.of(
                    Forms.text(change, "admin.displayName", "displayName", clerk.displayName(), 24, true),
                    Forms.select(change, "admin.role", "role", roles(clerk.role()), false),
                    new Form.Check("admin.active", "active", clerk.active())));
            offices(clerk.offices()).ifPresent(fields::add);
            Form account = new Form(change, "PUT", "/api/v1/admin/clerks/" + clerk.id(), false, "save", fields);
            int password = forms.next();
            Form newPassword = new Form(password, "POST", "/api/v1/admin/clerks/" + clerk.id() + "/password", true,
                    "admin.setPassword", List.of(Forms.password(password, "admin.newPassword", "password")));
            accounts.add(new SettingsPageView.ClerkForms(clerk.username(),
                    clerk.lockedUntil() == null ? null : seen(clerk.lockedUntil()), account, newPassword));
        }
        int n = forms.next();
        List<Form.Field> fields = new ArrayList<>(List.of(
                Forms.text(n, "login.username", "username", "", 16, true),
                Forms.text(n, "admin.displayName", "displayName", "", 24, true),
                Forms.select(n, "admin.role", "role", roles("CLERK"), false),
                Forms.password(n, "login.password", "password")));
        offices(List.of(settings.office())).ifPresent(fields::add);
        return new SettingsPageView.Clerks(accounts, new Form(n, "POST", "/api/v1/admin/clerks", true, "admin.add", fields));
    }

    private boolean viewerKeeps(List<String> offices) {
        return viewerRole == Role.ADMIN || offices.stream().allMatch(office -> viewerOffices.stream().anyMatch(place -> place.id().equals(office)));
    }

    /** The viewer's offices to tick, those of the account ticked; nothing to choose for a viewer of one office. */
    private Optional<Form.Field> offices(List<String> ticked) {
        if (viewerOffices.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Form.CheckGroup(words.both("admin.offices"), "offices", viewerOffices.stream()
                .map(office -> new Form.CheckItem(office.id(), office.name(), ticked.contains(office.id()))).toList()));
    }

    /** The roles the viewer may grant: their own and those below it. */
    private List<Choice> roles(String selected) {
        return Stream.of(Role.CLERK, Role.OFFICE_ADMIN, Role.ADMIN).filter(viewerRole::includes)
                .map(role -> new Choice(role.name(), words.both("admin.role." + role.name()), role.name().equals(selected))).toList();
    }

    private String seen(Instant at) {
        return SEEN.format(at.atZone(zone));
    }
}
