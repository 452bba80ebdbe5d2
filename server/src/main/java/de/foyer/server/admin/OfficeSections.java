package de.foyer.server.admin;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The settings page's sections on the office itself: its details, rules, hours, closures, counters, services, categories. */
final class OfficeSections {

    private final Forms forms;
    private final Bilingual words;

    OfficeSections(Forms forms, Bilingual words) {
        this.words = words;
        this.forms = forms;
    }

    /** The office's name, contact, state (for its public holidays) and time zone. */
    Form office(SettingsView settings) {
        OfficeDetails.View office = settings.details();
        Requests.Address address = office.address();
        int n = forms.next();
        List<Choice> states = new ArrayList<>();
        if (office.state() == null) {
            // Until one is chosen, the nationwide holidays hold; the empty choice keeps it so.
            states.add(new Choice("", "–", true));
        }
        Arrays.stream(GermanState.values())
                .map(state -> new Choice(state.name(), state.germanName(), state.name().equals(office.state())))
                .forEach(states::add);
        return new Form(n, "PUT", "/api/v1/admin/offices/" + office.id(), false, "save", List.of(
                new Form.Row(List.of(Forms.text(n, "admin.officeName", "name", office.name(), 30, true),
                        Forms.text(n, "admin.shortName", "shortName", orEmpty(office.shortName()), 14, false))),
                new Form.Row(List.of(Forms.text(n, "admin.street", "address.street", orEmpty(address.street()), 24, false),
                        Forms.text(n, "admin.postalCode", "address.postalCode", orEmpty(address.postalCode()), 5, false),
                        Forms.text(n, "admin.city", "address.city", orEmpty(address.city()), 16, false))),
                new Form.Row(List.of(Forms.text(n, "admin.phone", "phone", orEmpty(office.phone()), 16, false),
                        Forms.text(n, "admin.email", "email", orEmpty(office.email()), 24, false),
                        Forms.text(n, "admin.web", "web", orEmpty(office.web()), 30, false))),
                new Form.Row(List.of(Forms.select(n, "admin.state", "state", states, true),
                        Forms.text(n, "admin.timeZone", "timeZone", office.timeZone(), 16, true))),
                new Form.Row(List.of(Forms.text(n, "admin.operator", "operator", orEmpty(office.operator()), 40, false),
                        Forms.text(n, "admin.dataProtectionOfficer", "dataProtectionOfficer", orEmpty(office.dataProtectionOfficer()), 40, false))),
                new Form.Hint("admin.officeHint")));
    }

    /**
     * The installation's offices, linked to their settings, each with the button that closes it for
     * good or, once retired, opens it again; and a new one: its name, state and town to begin with.
     */
    SettingsPageView.Offices offices(List<OfficeDetails.View> offices, String current) {
        int n = forms.next();
        List<Choice> states = Arrays.stream(GermanState.values())
                .map(state -> new Choice(state.name(), state.germanName(), state == GermanState.NW)).toList();
        return new SettingsPageView.Offices(offices.stream()
                .map(office -> new SettingsPageView.OfficeEntry(
                        new Frame.Link("/admin?office=" + office.id(), office.name(), office.id().equals(current)), office.retired(),
                        office.retired() ? new Form(forms.next(), "POST", "/api/v1/admin/offices/" + office.id() + "/reinstate", true,
                                "admin.reinstate", List.of()) : retireForm("/api/v1/admin/offices/" + office.id()))).toList(),
                new Form(n, "POST", "/api/v1/admin/offices", true, "admin.add", List.of(new Form.Row(List.of(
                        Forms.text(n, "admin.officeName", "name", "", 30, true),
                        Forms.select(n, "admin.state", "state", states, true),
                        Forms.text(n, "admin.city", "address.city", "", 16, false))))));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    SettingsPageView.Areas areas(SettingsView settings) {
        int n = forms.next();
        return new SettingsPageView.Areas(settings.waitingAreas().stream().map(WaitingArea::name).toList(),
                new Form(n, "POST", "/api/v1/admin/offices/" + settings.office() + "/waiting-areas", true, "admin.add",
                        List.of(Forms.text(n, "admin.name", "name", "", 24, true),
                                Forms.text(n, "admin.nameEn", "names.en", "", 24, false),
                                Forms.furtherNames(n, Translations.NONE))));
    }

    /** A new counter: its name and waiting area; what it serves is chosen in its own form afterwards. */
    Form addCounter(SettingsView settings) {
        int n = forms.next();
        return new Form(n, "POST", "/api/v1/admin/offices/" + settings.office() + "/counters", true, "admin.add", List.of(
                new Form.Row(List.of(Forms.text(n, "admin.name", "name", "", 8, true),
                        Forms.select(n, "admin.waitingArea", "waitingArea", areas(settings.waitingAreas(), ""), false)))));
    }

    Form rules(SettingsView settings) {
        var rules = settings.bookingRules();
        int n = forms.next();
        return new Form(n, "PUT", "/api/v1/admin/rules", false, "save", List.of(new Form.Row(List.of(
                        Forms.number(n, "admin.quota", "onlineQuotaPercent", rules.onlineQuotaPercent(), 0, 100),
                        Forms.number(n, "admin.staffedCounters", "staffedCounters", rules.staffedCounters(), 1, 50),
                        Forms.number(n, "admin.checkinBefore", "checkinBeforeMinutes", rules.checkinBeforeMinutes(), 0, 240),
                        Forms.number(n, "admin.checkinAfter", "checkinAfterMinutes", rules.checkinAfterMinutes(), 0, 120),
                        Forms.number(n, "admin.maxRecalls", "maxRecalls", settings.maxRecalls(), 0, 10),
                        Forms.number(n, "admin.releaseDelay", "releaseDelayMinutes", rules.releaseDelayMinutes(), 0, 1440),
                        Forms.number(n, "admin.waitingHold", "waitingHoldMinutes", rules.waitingHoldMinutes(), 1, 1440),
                        Forms.number(n, "admin.confirmBy", "confirmByHours", rules.confirmByHours(), 0, 23),
                        Forms.number(n, "admin.releaseHour", "releaseHour", rules.releaseHour(), 0, 23),
                        Forms.number(n, "admin.drawMinutes", "drawMinutes", rules.drawMinutes(), 0, 120),
                        Forms.number(n, "admin.reminderHours", "reminderHours", rules.reminderHours(), 0, 168),
                        Forms.number(n, "admin.eraseAfter", "eraseAfterDays", rules.eraseAfterDays(), 0, 365),
                        Forms.number(n, "admin.overbooking", "overbookingPercent", rules.overbookingPercent(), 0, 25),
                        Forms.number(n, "admin.maxPerEmailPerDay", "maxPerEmailPerDay", rules.maxPerEmailPerDay(), 0, 20),
                        Forms.number(n, "admin.maxPerEmailPerService", "maxPerEmailPerService", rules.maxPerEmailPerService(), 0, 20))),
                new Form.CheckGroup(words.both("admin.overbookingWeekdays"), "overbookingWeekdays", java.util.stream.IntStream.rangeClosed(1, 7)
                        .mapToObj(day -> new Form.CheckItem(Integer.toString(day), words.both("weekday." + day),
                                rules.overbookingWeekdays().contains(day))).toList(), true),
                new Form.Hint("admin.rulesHint"), new Form.Hint("admin.overbookingHint")));
    }

    SettingsPageView.Hours hours(SettingsView settings) {
        int n = forms.next();
        List<Form.Field> days = new ArrayList<>();
        settings.openingHours().forEach((weekday, text) -> days.add(Forms.text(n, "weekday." + weekday, "days." + weekday, text, 22, false)));
        Form times = new Form(n, "PUT", "/api/v1/admin/opening-hours", false, "save",
                List.of(new Form.Row(days), new Form.Hint("admin.hoursHint")));
        List<Form> closures = settings.closures().stream().map(this::closureForm).toList();
        int add = forms.next();
        return new SettingsPageView.Hours(times, closures, new Form(add, "POST", "/api/v1/admin/closures", true, "admin.add",
                List.of(Forms.day(add, "admin.day", "day", true), Forms.text(add, "admin.reason", "reason", "", 30, false))));
    }

    /** A closed day to come, with a form that removes it. */
    private Form closureForm(SettingsView.ClosureRow closure) {
        Form.Field note = new Form.Note(closure.day().toString(), closure.reason(), null, null);
        return new Form(forms.next(), "DELETE", "/api/v1/admin/closures/" + closure.day(), true, "admin.remove", List.of(note));
    }

    List<SettingsPageView.CounterForm> counters(SettingsView settings) {
        List<SettingsPageView.CounterForm> counters = new ArrayList<>();
        for (SettingsView.CounterRow counter : settings.counters()) {
            Set<String> served = Set.copyOf(counter.services());
            int n = forms.next();
            List<Form.Field> fields = new ArrayList<>();
            fields.add(new Form.Row(List.of(Forms.text(n, "admin.name", "name", counter.name(), 8, true),
                    Forms.select(n, "admin.waitingArea", "waitingArea", areas(settings.waitingAreas(), counter.waitingArea()), false))));
            for (Category category : settings.categories()) {
                fields.add(new Form.CheckGroup(category.name(), "services", settings.services().stream()
                        .filter(service -> service.categoryId().equals(category.id()))
                        .map(service -> new Form.CheckItem(service.id(), service.name(), served.contains(service.id()))).toList()));
            }
            counters.add(new SettingsPageView.CounterForm(counter.name(), served.size(),
                    new Form(n, "PUT", "/api/v1/admin/counters/" + counter.id(), false, "save", fields),
                    retireForm("/api/v1/admin/counters/" + counter.id())));
        }
        return counters;
    }

    SettingsPageView.Services services(SettingsView settings) {
        List<SettingsPageView.ServiceForms> offered = new ArrayList<>();
        for (Service service : settings.services()) {
            int n = forms.next();
            offered.add(new SettingsPageView.ServiceForms(new Form(n, "PUT", "/api/v1/admin/services/" + service.id(), false, "save",
                    serviceFields(n, settings.categories(), service)), retireForm("/api/v1/admin/services/" + service.id())));
        }
        int n = forms.next();
        List<Form.Field> fields = new ArrayList<>();
        fields.add(Forms.text(n, "admin.id", "id", "", 16, true));
        fields.addAll(serviceFields(n, settings.categories(), null));
        return new SettingsPageView.Services(offered, new Form(n, "POST", "/api/v1/admin/services", true, "admin.add", fields),
                retired(settings, SettingsView.Retired.SERVICE));
    }

    /** The retired services or counters, each by name with a form that puts it back. */
    List<Form> retired(SettingsView settings, SettingsView.Retired kind) {
        return settings.retired().stream().filter(row -> row.kind() == kind)
                .map(row -> new Form(forms.next(), "POST", "/api/v1/admin/" + kind.path() + "/" + row.id() + "/reinstate", true,
                        "admin.reinstate", List.of(new Form.Note(row.name(), null, null, null))))
                .toList();
    }

    /** Retiring takes a service or counter out of use until it is put back; the page is read again without it. */
    private Form retireForm(String address) {
        return new Form(forms.next(), "POST", address + "/retire", true, "admin.retire", List.of());
    }

    private static List<Form.Field> serviceFields(int n, List<Category> categories, Service service) {
        String category = service == null ? "" : service.categoryId();
        return List.of(Forms.text(n, "admin.name", "name", service == null ? "" : service.name(), 22, true),
                Forms.text(n, "admin.nameEn", "nameEn", service == null ? "" : service.names().in(CitizenLanguage.EN, ""), 20, true),
                Forms.furtherNames(n, service == null ? Translations.NONE : service.names()),
                Forms.select(n, "admin.category", "category", categories.stream()
                        .map(c -> new Choice(c.id(), c.name(), c.id().equals(category))).toList(), false),
                Forms.number(n, "admin.minutes", "durationMinutes", service == null ? 10 : service.durationMinutes(), 1, 240),
                new Form.Check("admin.online", "onlineBookable", service == null || service.onlineBookable()),
                Forms.information(n, service == null ? "" : service.information(),
                        service == null ? Translations.NONE : service.informationTexts()));
    }

    /** A town's list of services, as a CSV or JSON file, into this office. */
    Form catalogueImport(SettingsView settings) {
        int n = forms.next();
        return new Form(n, "POST", "/api/v1/admin/offices/" + settings.office() + "/catalogue/import", false, "admin.import", List.of(
                new Form.File(Forms.id(n, "file"), "admin.importFile", "file", ".csv,.json,text/csv,application/json"),
                new Form.Hint("admin.importHint")));
    }

    SettingsPageView.Listing categories(SettingsView settings) {
        List<Form> existing = new ArrayList<>();
        for (Category category : settings.categories()) {
            int n = forms.next();
            existing.add(new Form(n, "PUT", "/api/v1/admin/categories/" + category.id(), false, "save", List.of(
                    new Form.Note(category.ticketPrefix(), null, null, null),
                    Forms.text(n, "admin.name", "name", category.name(), 30, true),
                    Forms.text(n, "admin.nameEn", "nameEn", category.names().in(CitizenLanguage.EN, ""), 30, true),
                    Forms.furtherNames(n, category.names()))));
        }
        int n = forms.next();
        return new SettingsPageView.Listing(existing, new Form(n, "POST", "/api/v1/admin/categories", true, "admin.add", List.of(
                Forms.text(n, "admin.id", "id", "", 14, true), Forms.text(n, "admin.prefix", "prefix", "", 2, true),
                Forms.text(n, "admin.name", "name", "", 24, true), Forms.text(n, "admin.nameEn", "nameEn", "", 24, true))));
    }

    /** The waiting areas as options, the one given selected. */
    static List<Choice> areas(List<WaitingArea> areas, String selected) {
        return areas.stream().map(area -> new Choice(area.id(), area.name(), area.id().equals(selected))).toList();
    }

    static Map<String, String> areaNames(List<WaitingArea> areas) {
        return areas.stream().collect(java.util.stream.Collectors.toMap(WaitingArea::id, WaitingArea::name));
    }
}
