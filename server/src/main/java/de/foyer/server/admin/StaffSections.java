package de.foyer.server.admin;

import de.foyer.server.web.Html;
import de.foyer.server.console.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings page's sections on devices, notices and clerk accounts. */
final class StaffSections {

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Texts texts;
    private final Markup markup;
    private final OfficeSections sections;
    private final ZoneId zone;

    StaffSections(Texts texts, Markup markup, OfficeSections sections, ZoneId zone) {
        this.texts = texts;
        this.markup = markup;
        this.sections = sections;
        this.zone = zone;
    }

    String devices(SettingsView settings) {
        StringBuilder html = new StringBuilder("<table class=\"grid\"><thead><tr>");
        for (String key : new String[] {"admin.name", "admin.kind", "admin.waitingArea", "admin.lastSeen", "admin.printer"}) {
            html.append("<th scope=\"col\">").append(texts.html(key)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        Map<String, String> areaNames = OfficeSections.areaOptions(settings.waitingAreas());
        for (SettingsView.DeviceRow device : settings.devices()) {
            html.append("<tr data-device=\"").append(Html.escape(device.id())).append("\"><td>").append(Html.escape(device.name()))
                    .append("</td><td>").append(texts.html("admin.kind." + device.kind())).append("</td><td>")
                    .append(Html.escape(device.waitingArea() == null ? "–" : areaNames.getOrDefault(device.waitingArea(), device.waitingArea()))).append("</td><td>")
                    .append("<span class=\"").append(device.online() ? "online" : "offline").append("\">")
                    .append(texts.html(device.online() ? "admin.isOnline" : "admin.isOffline")).append("</span> ")
                    .append(device.lastSeen() == null ? "" : Html.escape(seen(device.lastSeen()))).append("</td><td>")
                    .append(printer(device.printerStatus())).append("</td></tr>");
        }
        html.append("</tbody></table><h3>").append(texts.html("admin.registerDevice")).append("</h3><div class=\"settings-list\">");
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("kiosk", texts.both("admin.kind.KIOSK"));
        kinds.put("display", texts.both("admin.kind.DISPLAY"));
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("", "–");
        areas.putAll(OfficeSections.areaOptions(settings.waitingAreas()));
        html.append(markup.form("POST", "/api/v1/admin/devices", false, markup.text("admin.name", "name", "", 20, true)
                + markup.select("admin.kind", "kind", kinds, "kiosk", false)
                + markup.select("admin.waitingArea", "waitingArea", areas, "", true), "admin.register"))
                .append("</div><div id=\"device-token\" class=\"token\" hidden tabindex=\"-1\"></div>");
        return sections.section("devices", html.toString());
    }

    String notices(SettingsView settings) {
        StringBuilder html = new StringBuilder("<div class=\"settings-list\">");
        if (settings.notices().isEmpty()) {
            html.append("<p class=\"muted\">").append(texts.html("admin.noNotices")).append("</p>");
        }
        settings.notices().forEach(notice -> html.append(markup.form("DELETE", "/api/v1/admin/notices/" + notice.id(), true,
                "<p class=\"field\">" + Html.escape(notice.text()) + (notice.textEn().isEmpty() ? ""
                        : " <span class=\"en\" lang=\"en\">" + Html.escape(notice.textEn()) + "</span>")
                        + "<span class=\"numbers\">" + Html.escape((notice.waitingArea() == null ? "" : notice.waitingArea() + " ")
                        + (notice.shownFrom() == null ? "" : notice.shownFrom() + " – ") + (notice.shownUntil() == null ? "" : notice.shownUntil()))
                        + "</span></p>", "admin.remove")));
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("", texts.both("admin.allAreas"));
        areas.putAll(OfficeSections.areaOptions(settings.waitingAreas()));
        html.append("</div><h3>").append(texts.html("admin.addNotice")).append("</h3><div class=\"settings-list\">")
                .append(markup.form("POST", "/api/v1/admin/notices", true,
                        markup.text("admin.noticeText", "text", "", 40, true) + markup.text("admin.noticeTextEn", "textEn", "", 40, false)
                                + markup.select("admin.waitingArea", "waitingArea", areas, "", true)
                                + markup.date("admin.shownFrom", "shownFrom", false) + markup.date("admin.shownUntil", "shownUntil", false),
                        "admin.add")).append("</div>");
        return sections.section("notices", html.toString());
    }

    String clerks(SettingsView settings) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("CLERK", texts.both("admin.role.CLERK"));
        roles.put("ADMIN", texts.both("admin.role.ADMIN"));
        StringBuilder html = new StringBuilder("<div class=\"settings-list\">");
        for (SettingsView.ClerkRow clerk : settings.clerks()) {
            html.append("<h3>").append(Html.escape(clerk.username())).append(clerk.lockedUntil() == null ? ""
                    : " <span class=\"offline\">" + texts.html("admin.locked") + " " + Html.escape(seen(clerk.lockedUntil())) + "</span>")
                    .append("</h3>")
                    .append(markup.form("PUT", "/api/v1/admin/clerks/" + clerk.id(), false,
                            markup.text("admin.displayName", "displayName", clerk.displayName(), 24, true)
                                    + markup.select("admin.role", "role", roles, clerk.role(), false)
                                    + markup.checkbox("admin.active", "active", clerk.active()), "save"))
                    .append(markup.form("POST", "/api/v1/admin/clerks/" + clerk.id() + "/password", true,
                            markup.password("admin.newPassword", "password"), "admin.setPassword"));
        }
        html.append("</div><h3>").append(texts.html("admin.newClerk")).append("</h3><div class=\"settings-list\">")
                .append(markup.form("POST", "/api/v1/admin/clerks", true,
                        markup.text("login.username", "username", "", 16, true) + markup.text("admin.displayName", "displayName", "", 24, true)
                                + markup.select("admin.role", "role", roles, "CLERK", false) + markup.password("login.password", "password"),
                        "admin.add")).append("</div>");
        return sections.section("clerks", html.toString());
    }

    private String printer(String status) {
        if (status == null) {
            return "–";
        }
        String css = "OK".equals(status) ? "online" : "offline";
        return "<span class=\"" + css + "\">" + texts.html("admin.printer." + status) + "</span>";
    }

    private String seen(Instant at) {
        return SEEN.format(at.atZone(zone));
    }
}
