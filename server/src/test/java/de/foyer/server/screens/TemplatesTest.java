package de.foyer.server.screens;

import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Pages;
import de.foyer.server.web.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The screens' templates and texts: values are escaped, live fields are marked, both languages say everything. */
class TemplatesTest {

    private final Pages pages = new Pages();
    private final Bilingual words = Texts.germanAndEnglish("screens.texts").bilingual();

    @Test
    void aValueNeverBecomesMarkup() {
        String page = pages.render("screens/ticket.jte", new TicketView(words, new TicketPage(TicketPage.View.WAITING, "C003", 2, 20, null, 0,
                "\"quoted\" & B", "Registration", "<script>alert('x')</script>", "Bürgerbüro", "10:05")));
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document parsed = Jsoup.parse(page);
        assertThat(parsed.select(".waiting p.area > span[data-field=waitingAreaName]").first().text())
                .isEqualTo("<script>alert('x')</script>");
        assertThat(parsed.select("span[data-field=serviceName]").text()).isEqualTo("\"quoted\" & B");
    }

    @Test
    void aValueInsideATextIsMarkedSoThatThePageCanUpdateIt() {
        Document page = Jsoup.parse(pages.render("screens/ticket.jte", new TicketView(words, new TicketPage(TicketPage.View.WAITING, "C003", 2, 20,
                null, 0, "Anmeldung", "Registration", "Wartebereich <A>", "Bürgerbüro", "10:05"))));
        assertThat(page.select(".waiting .figure p.value:not([data-field])").text()).isEqualTo("ca. 20 Min.");
        assertThat(page.select(".waiting .figure p.value:not([data-field]) > span[data-field=waitMinutes]").text()).isEqualTo("20");
        assertThat(page.select(".waiting .figure p.en > span[data-field=waitMinutes]").text()).isEqualTo("20");
        assertThat(page.select(".waiting p.area > span[data-field=waitingAreaName]").text()).isEqualTo("Wartebereich <A>");
        assertThat(page.select("footer p.as-of > span[data-field=at]").first().text()).isEqualTo("10:05");
        assertThat(page.select("section[data-view=WAITING]").hasAttr("hidden")).isFalse();
        assertThat(page.select("section[data-view=CALLED]").hasAttr("hidden")).isTrue();
        assertThat(page.select("p[data-recalled]").hasAttr("hidden")).isTrue();
        assertThat(page.html()).doesNotContain("{waitMinutes}").doesNotContain("{at}");
    }

    @Test
    void theGermanAndEnglishTextsHaveTheSameKeysAndTheSameLiveFields() throws IOException {
        Properties german = load("/screens/texts_de.properties");
        Properties english = load("/screens/texts_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(german.stringPropertyNames());
        for (String key : german.stringPropertyNames()) {
            assertThat(fields(english.getProperty(key))).as(key).isEqualTo(fields(german.getProperty(key)));
        }
    }

    @Test
    void everyTextAJteTemplateNamesExistsInBothLanguages() throws IOException {
        Properties german = load("/screens/texts_de.properties");
        Properties english = load("/screens/texts_en.properties");
        Pattern key = Pattern.compile("(?:key = |german\\(|english\\()\"([a-zA-Z.]+)\"");
        java.nio.file.Path folder = java.nio.file.Path.of("src/main/jte/screens");
        int found = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.toList()) {
                Matcher matcher = key.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    found++;
                    assertThat(german.containsKey(matcher.group(1))).as(file + " names " + matcher.group(1)).isTrue();
                    assertThat(english.containsKey(matcher.group(1))).as(file + " names " + matcher.group(1)).isTrue();
                }
            }
        }
        assertThat(found).as("texts named by the templates").isGreaterThan(10);
    }

    private static java.util.Set<String> fields(String text) {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([A-Za-z]+)}").matcher(text);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TemplatesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        }
    }
}
