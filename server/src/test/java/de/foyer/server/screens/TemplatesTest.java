package de.foyer.server.screens;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.web.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The screens' templates and texts: values are escaped, live fields are marked, both languages say everything. */
class TemplatesTest {

    private final Pages pages = new Pages();
    private final TicketWords words = TicketWords.of(TicketWords.all(), CitizenLanguage.DE);

    @Test
    void aValueNeverBecomesMarkup() {
        String page = pages.render("screens/ticket.jte", new TicketView(words, new TicketPage(TicketPage.View.WAITING, "C003", 2, 20, null, 0,
                "\"quoted\" & B", "Registration", "<script>alert('x')</script>", "Waiting area", "Bürgerbüro", "10:05", "de", "\"quoted\" & B",
                "<script>alert('x')</script>"), new TicketView.Notices("BPushKey", false)));
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document parsed = Jsoup.parse(page);
        assertThat(parsed.select(".waiting p.area > span[data-field=waitingAreaNameInLanguage]").first().text())
                .isEqualTo("<script>alert('x')</script>");
        assertThat(parsed.select("span[data-field=serviceNameInLanguage]").text()).isEqualTo("\"quoted\" & B");
    }

    @Test
    void aValueInsideATextIsMarkedSoThatThePageCanUpdateIt() {
        Document page = Jsoup.parse(pages.render("screens/ticket.jte", new TicketView(words, new TicketPage(TicketPage.View.WAITING, "C003", 2, 20,
                null, 0, "Anmeldung", "Registration", "Wartebereich <A>", "Waiting area <A>", "Bürgerbüro", "10:05", "de", "Anmeldung", "Wartebereich <A>"), new TicketView.Notices("BPushKey", false))));
        assertThat(page.select(".waiting p.area span.en").text()).as("English beside German, the area's English name too")
                .isEqualTo("Please wait in: Waiting area <A>");
        assertThat(page.select(".waiting .figure p.value:not([data-field])").text()).isEqualTo("ca. 20 Min.");
        assertThat(page.select(".waiting .figure p.value:not([data-field]) > span[data-field=waitMinutes]").text()).isEqualTo("20");
        assertThat(page.select(".waiting .figure p.en > span[data-field=waitMinutes]").text()).isEqualTo("20");
        assertThat(page.select(".waiting p.area > span[data-field=waitingAreaNameInLanguage]").text()).isEqualTo("Wartebereich <A>");
        assertThat(page.select("footer p.as-of > span[data-field=at]").first().text()).isEqualTo("10:05");
        assertThat(page.select("section[data-view=WAITING]").hasAttr("hidden")).isFalse();
        assertThat(page.select("section[data-view=CALLED]").hasAttr("hidden")).isTrue();
        assertThat(page.select("p[data-recalled]").hasAttr("hidden")).isTrue();
        assertThat(page.html()).doesNotContain("{waitMinutes}").doesNotContain("{at}");
    }
}
