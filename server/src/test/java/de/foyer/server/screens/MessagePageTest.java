package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusal pages say their title and text in German first and in English beside it. */
class MessagePageTest {

    private final Bilingual words = Texts.germanAndEnglish("screens.texts").bilingual();
    private final Pages pages = new Pages();

    @ParameterizedTest
    @ValueSource(strings = {"display.badToken", "display.notSignedIn", "display.otherArea", "ticket.notFound"})
    void everyRefusalIsShownInBothLanguages(String key) {
        Document page = Jsoup.parse(pages.render("screens/message.jte", new MessageView(words, key)));
        assertThat(page.title()).isEqualTo(words.german(key + ".title"));
        assertThat(page.select("main.ticket.message > h1").first().ownText()).isEqualTo(words.german(key + ".title"));
        assertThat(page.select("main.message > h1 > span.en[lang=en]").text()).isEqualTo(words.english(key + ".title"));
        assertThat(page.select("main.message > p:not(.en)").text()).isEqualTo(words.german(key + ".text"));
        assertThat(page.select("main.message > p.en[lang=en]").text()).isEqualTo(words.english(key + ".text"));
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(words.german("ticket.description"));
    }
}
