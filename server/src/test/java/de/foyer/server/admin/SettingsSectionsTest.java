package de.foyer.server.admin;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.CounterState;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.devices.DeviceKind;
import de.foyer.server.staff.PageViewer;
import de.foyer.server.staff.Role;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The settings page's sections as view records, without a database. */
class SettingsSectionsTest {

    private final Bilingual words = Texts.germanAndEnglish("staff.texts").bilingual();
    private final Forms forms = new Forms();
    private final OfficeSections office = new OfficeSections(forms, words);
    private final StaffSections staff = new StaffSections(words, forms, ZoneId.of("Europe/Berlin"), Role.ADMIN, List.of());

    private final SettingsView settings = new SettingsView("buergerbuero",
            new OfficeDetails.View("buergerbuero", "Bürgerbüro", null, new Requests.Address(null, null, null), null, null, null,
                    "NW", "Europe/Berlin", null, null, false),
            List.of(new Category("pass", "buergerbuero", "Reisepass", new Translations(Map.of(CitizenLanguage.EN, "Passport")), "P", 1)),
            List.of(new Service("kinderpass", "buergerbuero", "pass", "Kinderreisepass", new Translations(Map.of(CitizenLanguage.EN, "Child passport")), 15, "", Translations.NONE, null, false, 1, null)),
            List.of(new SettingsView.CounterRow("c1", "1", "area-b", CounterState.CLOSED, List.of("kinderpass"))),
            List.of(new WaitingArea("area-a", "buergerbuero", "Wartebereich A", Translations.NONE),
                    new WaitingArea("area-b", "buergerbuero", "Wartebereich B", Translations.NONE)),
            Map.of(1, "08:00-12:00"), List.of(new SettingsView.ClosureRow(LocalDate.of(2026, 12, 24), "Heiligabend")),
            null, 2,
            List.of(new SettingsView.DeviceRow("k1", "Kiosk", DeviceKind.KIOSK, "gone-area", Instant.parse("2026-11-24T09:00:00Z"), true, "PAPER_LOW",
                            List.of("buergerbuero", "jugendamt")),
                    new SettingsView.DeviceRow("d1", "Anzeige", DeviceKind.DISPLAY, null, null, false, null, List.of("buergerbuero"))),
            List.of(new SettingsView.NoticeRow("n1", "Heute kürzer", "", "area-b", null, LocalDate.of(2026, 11, 30))),
            List.of(new SettingsView.ClerkRow("u1", "clerk1", "Sachbearbeitung 1", "CLERK", true, Instant.parse("2026-11-24T09:00:30Z"),
                    List.of("buergerbuero"))),
            List.of(new SettingsView.RetiredRow(SettingsView.Retired.SERVICE, "altpass", "Alter Pass"),
                    new SettingsView.RetiredRow(SettingsView.Retired.COUNTER, "c9", "9")));

    @Test
    void everyFormOnThePageHasItsOwnNumberAndSoItsFieldsTheirOwnIds() {
        SettingsPageView.Hours hours = office.hours(settings);
        List<SettingsPageView.CounterForm> counters = office.counters(settings);
        SettingsPageView.Clerks clerks = staff.clerks(settings);

        assertThat(List.of(hours.times().number(), hours.closures().get(0).number(), hours.addClosure().number(),
                counters.get(0).form().number(), counters.get(0).retire().number(), clerks.accounts().get(0).change().number(),
                clerks.accounts().get(0).password().number(), clerks.add().number())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Form.Row days = (Form.Row) hours.times().fields().get(0);
        assertThat(((Form.Text) days.fields().get(0)).id()).isEqualTo("f1-days-1");
        assertThat(hours.closures().get(0).removes()).isTrue();
        assertThat(counters.get(0).retire().action()).isEqualTo("/api/v1/admin/counters/c1/retire");
        assertThat(counters.get(0).retire().removes()).as("retiring asks first, like removing").isTrue();
        assertThat(counters.get(0).form().removes()).isFalse();
        List<Form> retired = office.retired(settings, SettingsView.Retired.SERVICE);
        assertThat(retired).extracting(Form::action).containsExactly("/api/v1/admin/services/altpass/reinstate");
        assertThat(retired.get(0).fields()).containsExactly(new Form.Note("Alter Pass", null, null, null));
        assertThat(office.retired(settings, SettingsView.Retired.COUNTER)).extracting(Form::action).containsExactly("/api/v1/admin/counters/c9/reinstate");
        assertThat(hours.closures().get(0).fields()).containsExactly(new Form.Note("2026-12-24", "Heiligabend", null, null));
    }

    @Test
    void aCounterShowsItsAreaChosenAndItsServicesTicked() {
        SettingsPageView.CounterForm counter = office.counters(settings).get(0);

        assertThat(counter.serviceCount()).isEqualTo(1);
        Form.Row row = (Form.Row) counter.form().fields().get(0);
        Form.Select area = (Form.Select) row.fields().get(1);
        assertThat(area.options()).filteredOn(Choice::selected).extracting(Choice::value).containsExactly("area-b");
        Form.CheckGroup group = (Form.CheckGroup) counter.form().fields().get(1);
        assertThat(group.legend()).isEqualTo("Reisepass");
        assertThat(group.items()).containsExactly(new Form.CheckItem("kinderpass", "Kinderreisepass", true));
    }

    @Test
    void devicesShowTheirAreaByNameTheirLastSignInOfficeTimeAndTheirPrinter() {
        SettingsPageView.Devices devices = staff.devices(settings);

        SettingsPageView.DeviceRow kiosk = devices.rows().get(0);
        assertThat(kiosk.waitingArea()).isEqualTo("gone-area");
        assertThat(kiosk.lastSeen()).isEqualTo("24.11.2026 10:00:00");
        assertThat(kiosk.printerKey()).isEqualTo("admin.printer.PAPER_LOW");
        assertThat(kiosk.printerOk()).isFalse();
        assertThat(kiosk.sharedWith()).as("a foyer kiosk says whom else it serves").isEqualTo("jugendamt");
        SettingsPageView.DeviceRow display = devices.rows().get(1);
        assertThat(display.waitingArea()).isEqualTo("–");
        assertThat(display.lastSeen()).isNull();
        assertThat(display.printerKey()).isNull();
        assertThat(display.kindKey()).isEqualTo("admin.kind.DISPLAY");
        assertThat(display.sharedWith()).isEmpty();
    }

    @Test
    void aNoticeReadsWithItsAreaAndLastDayAndALockedAccountSaysUntilWhen() {
        Form notice = staff.notices(settings).forms().get(0);
        SettingsPageView.ClerkForms clerk = staff.clerks(settings).accounts().get(0);

        assertThat(notice.fields()).containsExactly(new Form.Note(null, "Heute kürzer", null, "area-b 2026-11-30"));
        assertThat(clerk.lockedUntil()).isEqualTo("24.11.2026 10:00:30");
        Form.Select role = (Form.Select) clerk.change().fields().get(1);
        assertThat(role.options()).extracting(Choice::value, Choice::selected)
                .containsExactly(tuple("CLERK", true), tuple("OFFICE_ADMIN", false), tuple("ADMIN", false));
        List<PageViewer.Place> citizens = List.of(new PageViewer.Place("buergerbuero", "Bürgerbüro"));
        Form.Select offered = (Form.Select) new StaffSections(words, new Forms(), ZoneId.of("Europe/Berlin"), Role.OFFICE_ADMIN, citizens)
                .clerks(settings).accounts().get(0).change().fields().get(1);
        assertThat(offered.options()).as("an office's administrator grants no more than their own role")
                .extracting(Choice::value).containsExactly("CLERK", "OFFICE_ADMIN");
        assertThat(clerk.change().fields()).as("nothing to choose for a viewer of one office").noneMatch(Form.CheckGroup.class::isInstance);
        List<PageViewer.Place> two = List.of(new PageViewer.Place("buergerbuero", "Bürgerbüro"), new PageViewer.Place("jugendamt", "Jugendamt"));
        Form.CheckGroup offices = (Form.CheckGroup) new StaffSections(words, new Forms(), ZoneId.of("Europe/Berlin"), Role.ADMIN, two)
                .clerks(settings).accounts().get(0).change().fields().get(3);
        assertThat(offices.name()).isEqualTo("offices");
        assertThat(offices.items()).containsExactly(new Form.CheckItem("buergerbuero", "Bürgerbüro", true),
                new Form.CheckItem("jugendamt", "Jugendamt", false));
        SettingsView shared = new SettingsView(settings.office(), settings.details(), settings.categories(), settings.services(),
                settings.counters(), settings.waitingAreas(), settings.openingHours(), settings.closures(), settings.bookingRules(),
                settings.maxRecalls(), settings.devices(), settings.notices(),
                List.of(new SettingsView.ClerkRow("u1", "clerk1", "Sachbearbeitung 1", "CLERK", true, null, List.of("buergerbuero", "jugendamt"))),
                settings.retired());
        assertThat(new StaffSections(words, new Forms(), ZoneId.of("Europe/Berlin"), Role.OFFICE_ADMIN, citizens).clerks(shared).accounts())
                .as("an account shared with an office the viewer does not keep has no forms for them").isEmpty();
    }
}
