package de.foyer.server.admin;

import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.web.Html;
import de.foyer.server.console.Texts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The settings page's sections on the office itself: rules, hours, closures, counters, services, categories. */
final class OfficeSections {

    private final Texts texts;
    private final Markup markup;

    OfficeSections(Texts texts, Markup markup) {
        this.texts = texts;
        this.markup = markup;
    }

    String rules(SettingsView settings) {
        var rules = settings.bookingRules();
        return section("rules", markup.form("PUT", "/api/v1/admin/rules", false,
                "<div class=\"row\">"
                        + markup.number("admin.quota", "onlineQuotaPercent", rules.onlineQuotaPercent(), 0, 100)
                        + markup.number("admin.staffedCounters", "staffedCounters", rules.staffedCounters(), 1, 50)
                        + markup.number("admin.checkinBefore", "checkinBeforeMinutes", rules.checkinBeforeMinutes(), 0, 240)
                        + markup.number("admin.checkinAfter", "checkinAfterMinutes", rules.checkinAfterMinutes(), 0, 120)
                        + markup.number("admin.maxRecalls", "maxRecalls", settings.maxRecalls(), 0, 10)
                        + markup.number("admin.releaseDelay", "releaseDelayMinutes", rules.releaseDelayMinutes(), 0, 1440)
                        + markup.number("admin.reminderHours", "reminderHours", rules.reminderHours(), 0, 168)
                        + markup.number("admin.eraseAfter", "eraseAfterDays", rules.eraseAfterDays(), 0, 365)
                        + "</div><p class=\"hint\">" + texts.html("admin.rulesHint") + "</p>", "save"));
    }

    String hours(SettingsView settings) {
        StringBuilder fields = new StringBuilder("<div class=\"row\">");
        settings.openingHours().forEach((weekday, text) ->
                fields.append(markup.text("weekday." + weekday, "days." + weekday, text, 22, false)));
        fields.append("</div><p class=\"hint\">").append(texts.html("admin.hoursHint")).append("</p>");
        StringBuilder closures = new StringBuilder("<h3>").append(texts.html("admin.closures")).append("</h3><div class=\"settings-list\">");
        if (settings.closures().isEmpty()) {
            closures.append("<p class=\"muted\">").append(texts.html("admin.noClosures")).append("</p>");
        }
        settings.closures().forEach(closure -> closures.append(markup.form("DELETE", "/api/v1/admin/closures/" + closure.day(), true,
                "<p class=\"field\"><strong>" + closure.day() + "</strong> " + Html.escape(closure.reason()) + "</p>", "admin.remove")));
        closures.append("</div><h3>").append(texts.html("admin.addClosure")).append("</h3><div class=\"settings-list\">")
                .append(markup.form("POST", "/api/v1/admin/closures", true, markup.date("admin.day", "day", true)
                        + markup.text("admin.reason", "reason", "", 30, false), "admin.add")).append("</div>");
        return section("hours", markup.form("PUT", "/api/v1/admin/opening-hours", false, fields.toString(), "save") + closures);
    }

    String counters(SettingsView settings) {
        Map<String, String> areas = new LinkedHashMap<>();
        settings.waitingAreas().forEach(area -> areas.put(area.id(), area.name()));
        StringBuilder html = new StringBuilder();
        for (SettingsView.CounterRow counter : settings.counters()) {
            Set<String> served = Set.copyOf(counter.services());
            StringBuilder checks = new StringBuilder();
            for (Category category : settings.categories()) {
                checks.append("<fieldset><legend>").append(Html.escape(category.name())).append("</legend><div class=\"checks\">");
                settings.services().stream().filter(service -> service.categoryId().equals(category.id())).forEach(service ->
                        checks.append("<label><input type=\"checkbox\" name=\"services\" data-list=\"true\" value=\"")
                                .append(Html.escape(service.id())).append('"').append(served.contains(service.id()) ? " checked" : "")
                                .append("> ").append(Html.escape(service.name())).append("</label>"));
                checks.append("</div></fieldset>");
            }
            html.append("<details><summary>").append(texts.html("desk.counterLabel")).append(' ').append(Html.escape(counter.name()))
                    .append(" – ").append(served.size()).append(' ').append(texts.html("admin.servicesCount")).append("</summary>")
                    .append(markup.form("PUT", "/api/v1/admin/counters/" + counter.id(), false,
                            "<div class=\"row\">" + markup.text("admin.name", "name", counter.name(), 8, true)
                                    + markup.select("admin.waitingArea", "waitingArea", areas, counter.waitingArea(), false) + "</div>"
                                    + checks, "save"))
                    .append("</details>");
        }
        return section("counters", html.toString());
    }

    String services(SettingsView settings) {
        Map<String, String> categories = new LinkedHashMap<>();
        settings.categories().forEach(category -> categories.put(category.id(), category.name()));
        StringBuilder html = new StringBuilder("<div class=\"settings-list\">");
        for (Service service : settings.services()) {
            html.append(markup.form("PUT", "/api/v1/admin/services/" + service.id(), false, serviceFields(categories, service), "save"));
        }
        html.append("</div><h3>").append(texts.html("admin.newService")).append("</h3><div class=\"settings-list\">")
                .append(markup.form("POST", "/api/v1/admin/services", true,
                        markup.text("admin.id", "id", "", 16, true) + serviceFields(categories, null), "admin.add"))
                .append("</div>");
        return section("services", html.toString());
    }

    private String serviceFields(Map<String, String> categories, Service service) {
        return markup.text("admin.name", "name", service == null ? "" : service.name(), 22, true)
                + markup.text("admin.nameEn", "nameEn", service == null ? "" : service.nameEn(), 20, true)
                + markup.select("admin.category", "category", categories, service == null ? "" : service.categoryId(), false)
                + markup.number("admin.minutes", "durationMinutes", service == null ? 10 : service.durationMinutes(), 1, 240)
                + markup.checkbox("admin.online", "onlineBookable", service == null || service.onlineBookable());
    }

    String categories(SettingsView settings) {
        StringBuilder html = new StringBuilder("<div class=\"settings-list\">");
        for (Category category : settings.categories()) {
            html.append(markup.form("PUT", "/api/v1/admin/categories/" + category.id(), false,
                    "<p class=\"field\"><strong>" + Html.escape(category.ticketPrefix()) + "</strong></p>"
                            + markup.text("admin.name", "name", category.name(), 30, true)
                            + markup.text("admin.nameEn", "nameEn", category.nameEn(), 30, true), "save"));
        }
        html.append("</div><h3>").append(texts.html("admin.newCategory")).append("</h3><div class=\"settings-list\">")
                .append(markup.form("POST", "/api/v1/admin/categories", true,
                        markup.text("admin.id", "id", "", 14, true) + markup.text("admin.prefix", "prefix", "", 2, true)
                                + markup.text("admin.name", "name", "", 24, true) + markup.text("admin.nameEn", "nameEn", "", 24, true),
                        "admin.add")).append("</div>");
        return section("categories", html.toString());
    }

    /** A section with its heading; the ids are the anchors of the page's table of contents. */
    String section(String id, String content) {
        return "<section class=\"panel\" id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\"><h2 id=\"" + id + "-heading\">"
                + texts.html("admin.section." + id) + "</h2>" + content + "</section>\n";
    }

    static Map<String, String> areaOptions(Iterable<WaitingArea> areas) {
        Map<String, String> options = new LinkedHashMap<>();
        areas.forEach(area -> options.put(area.id(), area.name()));
        return options;
    }
}
