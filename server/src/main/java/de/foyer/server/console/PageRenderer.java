package de.foyer.server.console;

import de.foyer.server.staff.PageViewer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.web.Html;

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
 * Fills the pages' HTML templates (console/*.html) and wraps them in the common frame with the
 * navigation. Placeholders: {@code {{t:key}}} German and English words, {@code {{de:key}}} and
 * {@code {{en:key}}} plain words for attributes, {@code {{name}}} an escaped value,
 * {@code {{html:name}}} markup the server built itself, {@code {{json:name}}} data for the scripts.
 */
public final class PageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+:)?([A-Za-z0-9_.-]+)}}");
    private static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("/console", "nav.counter", false),
            new NavEntry("/console/info", "nav.info", false),
            new NavEntry("/console/day", "nav.day", false),
            new NavEntry("/admin", "nav.settings", true),
            new NavEntry("/admin/statistics", "nav.statistics", true),
            new NavEntry("/admin/audit", "nav.audit", true));

    private record NavEntry(String path, String textKey, boolean adminOnly) {
    }

    private final Texts texts;
    private final ObjectMapper json;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    public PageRenderer(Texts texts, ObjectMapper json) {
        this.texts = texts;
        this.json = json;
    }

    public Texts texts() {
        return texts;
    }

    /** A page in the frame: its title, the navigation for this viewer, and the scripts it runs. */
    public String page(String template, String titleKey, PageViewer viewer, String path, List<String> scripts,
                       Map<String, Object> values) {
        String content = fill(template, values);
        StringBuilder scriptTags = new StringBuilder();
        for (String script : scripts) {
            scriptTags.append("<script src=\"/console/assets/").append(script).append("\" defer></script>\n");
        }
        return fill("layout", Map.of(
                "title", texts.german(titleKey) + " / " + texts.english(titleKey),
                "heading", texts.html(titleKey),
                "office", viewer == null ? "" : viewer.officeName(),
                "user", viewer == null ? "" : viewer.clerk().username(),
                "csrf", viewer == null ? "" : viewer.clerk().csrfToken(),
                "nav", viewer == null ? "" : navigation(viewer, path),
                "content", content,
                "scripts", scriptTags.toString(),
                "signedIn", viewer == null ? "hidden" : "",
                "texts", texts.scriptMessages()));
    }

    /** A template filled with values, without the frame. */
    public String fill(String template, Map<String, Object> values) {
        String source = templates.computeIfAbsent(template, PageRenderer::read);
        Matcher matcher = PLACEHOLDER.matcher(source);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(value(template, match.group(1), match.group(2), values)));
    }

    private String value(String template, String kind, String key, Map<String, Object> values) {
        if ("t:".equals(kind)) {
            return texts.html(key);
        }
        if ("de:".equals(kind)) {
            return Html.escape(texts.german(key));
        }
        if ("en:".equals(kind)) {
            return Html.escape(texts.english(key));
        }
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("The page '" + template + "' needs a value for '" + key + "'");
        }
        Object value = values.get(key);
        if ("html:".equals(kind)) {
            return String.valueOf(value);
        }
        if ("json:".equals(kind)) {
            try {
                return Html.jsonInScript(json.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot write '" + key + "' as JSON", e);
            }
        }
        return Html.escape(String.valueOf(value));
    }

    private String navigation(PageViewer viewer, String path) {
        StringBuilder nav = new StringBuilder("<ul>");
        for (NavEntry entry : NAVIGATION) {
            if (entry.adminOnly() && !viewer.isAdmin()) {
                continue;
            }
            nav.append("<li><a href=\"").append(entry.path()).append('"')
                    .append(entry.path().equals(path) ? " aria-current=\"page\"" : "")
                    .append('>').append(texts.html(entry.textKey())).append("</a></li>");
        }
        return nav.append("</ul>").toString();
    }

    private static String read(String template) {
        String resource = "/console/" + template + ".html";
        try (InputStream in = PageRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
