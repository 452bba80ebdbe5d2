package de.foyer.server.screens;

import de.foyer.server.web.Html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' HTML templates, filled with texts and values. {@code {{de:key}}} and
 * {@code {{en:key}}} insert a text of the German or English bundle, {@code {{name}}} a value.
 * Inside a text, {@code {name}} becomes a {@code <span data-field="name">} holding the value, so
 * the page's script can update it in place. Everything inserted is escaped: a value can never
 * become markup.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.:-]+)}}");
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> PAGES = List.of("ticket");

    private final Map<String, String> pages = new HashMap<>();
    private final ResourceBundle german;
    private final ResourceBundle english;

    Templates() {
        PAGES.forEach(page -> pages.put(page, read("/screens/" + page + ".html")));
        // Java reads .properties bundles as UTF-8; no fallback to the machine's locale.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        german = ResourceBundle.getBundle("screens.texts", Locale.GERMAN, exact);
        english = ResourceBundle.getBundle("screens.texts", Locale.ENGLISH, exact);
    }

    String render(String page, Map<String, String> values) {
        String template = pages.get(page);
        if (template == null) {
            throw new IllegalArgumentException("No page template '" + page + "'");
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(fill(page, match.group(1), values)));
    }

    String german(String key) {
        return german.getString(key);
    }

    String english(String key) {
        return english.getString(key);
    }

    private String fill(String page, String key, Map<String, String> values) {
        if (key.startsWith("de:")) {
            return text(german.getString(key.substring(3)), values);
        }
        if (key.startsWith("en:")) {
            return text(english.getString(key.substring(3)), values);
        }
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The page '" + page + "' needs a value for '" + key + "'");
        }
        return Html.escape(value);
    }

    private static String text(String text, Map<String, String> values) {
        return FIELD.matcher(Html.escape(text)).replaceAll(match -> Matcher.quoteReplacement(
                "<span data-field=\"" + match.group(1) + "\">" + Html.escape(values.getOrDefault(match.group(1), "")) + "</span>"));
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
