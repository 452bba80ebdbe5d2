package de.foyer.server.screens;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages' templates and texts: values are escaped, live fields are marked, both languages say everything. */
class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void aValueNeverBecomesMarkup() {
        String page = templates.render("display", Map.of("areaId", "\"quoted\" & B", "areaName", "<script>alert('x')</script>"));
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("&amp; B").contains("&quot;quoted&quot;");
    }

    @Test
    void aValueInsideATextIsMarkedSoThatThePageCanUpdateIt() {
        Map<String, String> values = new TicketPage("WAITING", "C003", 2, 20, null, 0, "Anmeldung", "Registration",
                "Wartebereich <A>", "Bürgerbüro", "10:05").templateValues();
        String page = templates.render("ticket", values);
        assertThat(page).contains("ca. <span data-field=\"waitMinutes\">20</span> Min.")
                .contains("about <span data-field=\"waitMinutes\">20</span> min")
                .contains("<span data-field=\"waitingAreaName\">Wartebereich &lt;A&gt;</span>")
                .contains("<section class=\"waiting\" data-view=\"WAITING\" >")
                .contains("<section class=\"called\" data-view=\"CALLED\" hidden>");
        assertThat(page).doesNotContain("{{").doesNotContain("{waitMinutes}");
    }

    @Test
    void aMissingValueIsAnErrorNotAnEmptySpot() {
        assertThatThrownBy(() -> templates.render("display", Map.of("areaId", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("areaName");
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
    void everyTextATemplateNamesExists() throws IOException {
        Properties german = load("/screens/texts_de.properties");
        Pattern placeholder = Pattern.compile("\\{\\{(?:de|en):([^}]+)}}");
        for (String page : new String[] {"display", "ticket"}) {
            try (InputStream in = getClass().getResourceAsStream("/screens/" + page + ".html")) {
                Matcher matcher = placeholder.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (matcher.find()) {
                    assertThat(german.containsKey(matcher.group(1))).as(page + " names " + matcher.group(1)).isTrue();
                }
            }
        }
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
