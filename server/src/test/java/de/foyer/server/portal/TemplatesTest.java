package de.foyer.server.portal;

import de.foyer.server.web.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.MissingResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's jte templates: values never become markup, every text they name exists, and nothing is left out. */
class TemplatesTest {

    private final Pages pages = new Pages();
    private final Texts texts = new Texts();

    private <V> Document render(String template, Language language, V view) {
        Page.Layout layout = new Page.Layout(texts.in(language), PortalPages.languageLinks(texts, language, "/"), "Title",
                false, false, List.of("Rathaus", "Markt 1"));
        return Jsoup.parse(pages.render("portal/" + template + ".jte", new Page<>(layout, view)));
    }

    @Test
    void aValueNeverBecomesMarkup() {
        String page = pages.render("portal/message.jte", new Page<>(new Page.Layout(texts.in(Language.DE),
                List.of(new Page.LanguageLink("en", "English", "/?lang=en")), "<b>title</b>", false, false, List.of("<i>Amt</i>")), new MessageView("<script>alert(1)</script>", "\"&'")));

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>title").doesNotContain("<i>Amt").contains("&lt;script&gt;");
        Document parsed = Jsoup.parse(page);
        assertThat(parsed.select("main h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(parsed.select("main p.lead").text()).isEqualTo("\"&'");
        assertThat(parsed.title()).isEqualTo("<b>title</b> – Termine im Rathaus");
        assertThat(parsed.select("a.button[href=/]").text()).isEqualTo("Zur Startseite");
    }

    @Test
    void theLayoutSpeaksThePagesLanguageAndOffersTheOther() {
        Document page = render("message", Language.EN, new MessageView("Heading", "Text"));

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select(".languages a[hreflang=de]").attr("href")).isEqualTo("/?lang=de");
        assertThat(page.select(".languages a[hreflang=de]").attr("lang")).isEqualTo("de");
        assertThat(page.select(".languages a[hreflang=de]").text()).isEqualTo("Deutsch");
        assertThat(page.select(".languages a")).extracting(element -> element.attr("hreflang"))
                .containsExactly("de", "tr", "ar", "uk", "ru", "pl");
        assertThat(page.select(".languages a[hreflang=ar]").text()).isEqualTo("العربية");
        Document arabic = render("message", Language.AR, new MessageView("Heading", "Text"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("script[src=/portal/book.js]")).isEmpty();
        assertThat(page.select("footer a[href=/datenschutz]").text()).isEqualTo("Privacy");
    }

    @Test
    void aMissingTextFailsThePageInsteadOfShowingAKey() {
        assertThatThrownBy(() -> texts.in(Language.DE).get("no.such.text")).isInstanceOf(MissingResourceException.class);
        BookingView view = new BookingView("booking.title", "ABCDE-12345", false, null, "booking.status.CANCELLED",
                List.of(new BookingView.Row("summary.nothing", "x")), null, null);
        assertThatThrownBy(() -> render("booking", Language.DE, view)).hasStackTraceContaining("summary.nothing");
    }

    @Test
    void aMissingValueFailsInsteadOfShowingAnEmptyPlace() {
        assertThatThrownBy(() -> new MessageView("heading", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Page.Layout(texts.in(Language.DE), List.of(), null, false, false, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Page<>(new Page.Layout(texts.in(Language.DE), List.of(), "t", false, false, List.of()), null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageRendersInEveryLanguage(Language language) {
        Choice choice = new Choice("pass", 2, null);
        List<ChoiceLink> links = List.of(new ChoiceLink("/categories/a", "A & B", false), new ChoiceLink("/services/b", "B", true));
        assertThat(render("start", language, new StartView(List.of(new StartView.Office("Rathaus", "Markt 1", links))))
                .select("ul.choices a.choice")).hasSize(2);
        assertThat(render("category", language, new CategoryView("Cat", links)).select(".choice-hint")).hasSize(1);
        assertThat(render("service", language, new ServiceView("/categories/a", "Cat", "Pass", "Foto", 15, "/services/pass/persons"))
                .select("main a.button").attr("href")).isEqualTo("/services/pass/persons");
        assertThat(render("service", language, new ServiceView("/", "Cat", "Pass", "Foto", 15, null)).select("main .inset h2")).hasSize(1);
        assertThat(render("persons", language, new PersonsView("/", "Pass", "/services/pass/days", List.of(), "2", null))
                .select("input#persons").attr("aria-invalid")).isEmpty();
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                LocalDate.of(2027, 1, 20), java.util.Map.of(LocalDate.of(2026, 11, 25), 3, LocalDate.of(2026, 11, 26), 0));
        assertThat(render("days", language, DaysView.of(calendar, choice, "/", "Pass")).select("table.calendar td")).hasSize(28);
        assertThat(render("times", language, new TimesView("/", "Pass", LocalDate.of(2026, 11, 25), true,
                TimesView.groups(List.of(LocalDateTime.of(2026, 11, 25, 9, 0)), choice), "/", null, null)).select("a.time")).hasSize(1);
        assertThat(render("privacy", language, new PrivacyView("Rathaus", 14, language != Language.DE,
                List.of(new PrivacyView.Officer("Rathaus", "Dr. Datenschutz, datenschutz@stadt.example")))).select("main").text())
                .contains("14").contains("Rathaus").contains("Rathaus: Dr. Datenschutz, datenschutz@stadt.example");
        assertThat(render("imprint", language, new ImprintView(List.of(new ImprintView.Office("Rathaus", "Stadt Musterstadt",
                List.of("Markt 1", "12345 Musterstadt")), new ImprintView.Office("Jugendamt", null, List.of())))).select("main").text())
                .contains("Stadt Musterstadt", "Markt 1", "12345 Musterstadt", "Jugendamt");
        assertThat(render("booking", language, booking(true)).select("form[method=post] input[name=token]").attr("value"))
                .isEqualTo("tok");
        assertThat(render("booking", language, booking(false)).select("form")).isEmpty();
        assertThat(render("form", language, form(choice, true, List.of(new Forms.Problem("start", "choose"))))
                .select("input[type=radio][name=start]")).hasSize(2);
        assertThat(render("message", language, new MessageView("a", "b")).select("main h1").text()).isEqualTo("a");
    }

    @Test
    void theFormShowsEachProblemAtItsFieldAndInTheSummary() {
        Document page = render("form", Language.DE, form(new Choice("pass", 1, null), false, List.of(
                new Forms.Problem("email", "Bitte eine Adresse."), new Forms.Problem(null, "Zu spät."))));

        assertThat(page.select(".error-summary[data-focus] li")).extracting(element -> element.text())
                .containsExactly("Bitte eine Adresse.", "Zu spät.");
        assertThat(page.select(".error-summary a[href=#email]").text()).isEqualTo("Bitte eine Adresse.");
        assertThat(page.select("input#email").attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(page.select("input#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("p#email-error.error-message").text()).isEqualTo("Fehler: Bitte eine Adresse.");
        assertThat(page.select("input#name").hasAttr("aria-describedby")).isFalse();
        assertThat(page.select("input#name").attr("value")).isEqualTo("\"><b>Max</b>");
        assertThat(page.select("input#consent").hasAttr("checked")).isTrue();
        assertThat(page.select("form[data-proof]").attr("data-preparing")).isNotBlank();
        assertThat(page.select("form[data-proof] input[type=hidden]")).extracting(element -> element.attr("name"))
                .containsExactly("persons", "date", "start", "proofSalt", "proofNumber");
        assertThat(page.select("dl.summary .summary-action a")).hasSize(3);
    }

    private static BookingView booking(boolean active) {
        List<BookingView.Row> details = List.of(new BookingView.Row("summary.service", "Pass"), new BookingView.Row("summary.code", "ABCDE-12345"));
        return active
                ? new BookingView("booking.booked.title", "ABCDE-12345", true, "a@example.de", null, details,
                        new BookingView.Actions("/qr.png", "/c.ics", 30, 10, "Foto", "/services/pass/days", "/booking/X/cancel", "tok"), null)
                : new BookingView("booking.cancelled.title", "ABCDE-12345", false, null, "booking.status.CANCELLED", details, null, null);
    }

    private static FormView form(Choice choice, boolean noTime, List<Forms.Problem> problems) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 25, 9, 0);
        List<Forms.Hidden> hidden = new java.util.ArrayList<>(choice.hiddenFields());
        hidden.add(new Forms.Hidden("date", "2026-11-25"));
        if (!noTime) {
            hidden.add(new Forms.Hidden("start", start.toString()));
        }
        return new FormView("/", false, problems, List.of(
                new FormView.SummaryRow("summary.service", "Pass", "/"),
                new FormView.SummaryRow("summary.persons", "1", "/p"),
                new FormView.SummaryRow("summary.when", "Mittwoch", "/d"),
                new FormView.SummaryRow("summary.place", "Rathaus", null)),
                null, choice.formPath(), hidden,
                noTime ? FormView.TimeChoice.of(List.of(start, start.plusMinutes(15)), Forms.errorOf(problems, "start"), "/d") : null,
                List.of(new Forms.TextField("name", "form.name", null, "text", "name", "\"><b>Max</b>", Forms.errorOf(problems, "name")),
                        new Forms.TextField("email", "form.email", "form.email.hint", "email", "email", "x",
                                Forms.errorOf(problems, "email"))),
                true, Forms.errorOf(problems, "consent"));
    }
}
