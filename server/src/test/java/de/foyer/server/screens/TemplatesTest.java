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
        Map<String, String> values = new TicketPage("WAITING", "C003", 2, 20, null, 0, "\"quoted\" & B", "Registration",
                "<script>alert('x')</script>", "Bürgerbüro", "10:05").templateValues();
        String page = templates.render("ticket", values);
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
        assertThatThrownBy(() -> templates.render("ticket", Map.of("ticket", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value for");
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
        for (String page : new String[] {"ticket"}) {
            try (InputStream in = getClass().getResourceAsStream("/screens/" + page + ".html")) {
                Matcher matcher = placeholder.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (matcher.find()) {
                    assertThat(german.containsKey(matcher.group(1))).as(page + " names " + matcher.group(1)).isTrue();
                }
            }
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
