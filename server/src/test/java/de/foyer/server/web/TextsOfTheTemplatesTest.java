package de.foyer.server.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page family's words exist in German and English alike: the same keys, the same
 * {@code {fields}} in both, and every key a template names literally is in both bundles. A text
 * missing in one language would otherwise show up only on the page that asks for it.
 */
class TextsOfTheTemplatesTest {

    /**
     * Keys as the templates name them: the portal's words by {@code .get("…")}, the bilingual pages'
     * by key or language. A key's stem joined to a value ({@code "weekday." + day}) is not a key.
     */
    private static final Pattern NAMED_KEY = Pattern.compile(
            "(?:\\.get\\(|key = |german\\(|english\\(|both\\()\"([a-zA-Z.]*[a-zA-Z])\"");
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");

    enum Family {
        PORTAL("portal", List.of("portal"), 50),
        SCREENS("screens", List.of("screens"), 10),
        STAFF("staff", List.of("console", "admin", "stats", "staff", "web"), 50);

        final String bundle;
        final List<String> templateFolders;
        final int atLeast;

        Family(String bundle, List<String> templateFolders, int atLeast) {
            this.bundle = bundle;
            this.templateFolders = templateFolders;
            this.atLeast = atLeast;
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void germanAndEnglishHaveTheSameKeysAndTheSameFields(Family family) throws IOException {
        Properties german = load(family, "de");
        Properties english = load(family, "en");
        assertThat(english.stringPropertyNames()).isEqualTo(german.stringPropertyNames());
        for (String key : german.stringPropertyNames()) {
            assertThat(fields(english.getProperty(key))).as(key).isEqualTo(fields(german.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void everyKeyATemplateNamesIsInBothLanguages(Family family) throws IOException {
        Properties german = load(family, "de");
        Properties english = load(family, "en");
        int found = 0;
        for (String folder : family.templateFolders) {
            try (Stream<Path> files = Files.list(Path.of("src/main/jte", folder))) {
                for (Path file : files.toList()) {
                    Matcher named = NAMED_KEY.matcher(Files.readString(file));
                    while (named.find()) {
                        found++;
                        assertThat(german.containsKey(named.group(1))).as(file + " names " + named.group(1) + " (German)").isTrue();
                        assertThat(english.containsKey(named.group(1))).as(file + " names " + named.group(1) + " (English)").isTrue();
                    }
                }
            }
        }
        assertThat(found).as("keys named by the templates").isGreaterThan(family.atLeast);
    }

    private static Set<String> fields(String text) {
        Set<String> fields = new TreeSet<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private static Properties load(Family family, String language) throws IOException {
        String resource = "/" + family.bundle + "/texts_" + language + ".properties";
        try (InputStream in = TextsOfTheTemplatesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
