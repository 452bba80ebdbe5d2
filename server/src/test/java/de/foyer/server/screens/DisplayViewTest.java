package de.foyer.server.screens;

import de.foyer.server.web.Pages;
import de.foyer.server.web.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The call screen's page: the area's name and id are values, never markup. */
class DisplayViewTest {

    @Test
    void theAreaIsEscapedAndNamesTheStreams() {
        String html = new Pages().render("screens/display.jte", new DisplayView(
                Texts.germanAndEnglish("screens.texts").bilingual(), "a\"b", "<script>alert('x')</script>", "{}"));
        Document page = Jsoup.parse(html);
        assertThat(html).doesNotContain("<script>alert");
        assertThat(page.select("h1.area").text()).isEqualTo("<script>alert('x')</script>");
        assertThat(page.select("main#screen").attr("data-stream")).isEqualTo("/display/a\"b/stream");
        assertThat(page.select("main#screen").attr("data-heartbeat")).isEqualTo("/display/a\"b/heartbeat");
        assertThat(page.select("#current-heading span.en[lang=en]")).hasSize(1);
    }
}
