package de.foyer.server.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' HTML templates under {@code /portal/}, filled for one language. {@code {{t:key}}}
 * inserts a text (its {name} fields filled from the values), {@code {{name}}} a value, both escaped;
 * {@code {{{name}}}} inserts a fragment of markup that Java code built, having escaped every value
 * in it. A missing value fails loudly, so that a page never shows a placeholder.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{([A-Za-z0-9_.:-]+)}}}|\\{\\{([A-Za-z0-9_.:-]+)}}");
    private static final List<String> NAMES = List.of("layout", "message", "start", "category", "service", "persons",
            "days", "times", "form", "booking", "booking-qr", "booking-active", "privacy");

    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private final Texts texts;

    Templates(Texts texts) {
        this.texts = texts;
        NAMES.forEach(name -> templates.put(name, read("/portal/" + name + ".html")));
    }

    String render(String name, Language language, Map<String, String> values) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("No page template '" + name + "'");
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) != null ? fill(name, language, match.group(1), true, values)
                        : fill(name, language, match.group(2), false, values)));
    }

    private String fill(String template, Language language, String key, boolean markup, Map<String, String> values) {
        if (key.startsWith("t:")) {
            return Html.escape(texts.get(language, key.substring(2), values));
        }
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The template '" + template + "' needs a value for '" + key + "'");
        }
        return markup ? value : Html.escape(value);
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
