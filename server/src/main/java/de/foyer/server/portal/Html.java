package de.foyer.server.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Escaping and addresses for the pages. Every value that reaches a page, above all what a citizen
 * typed, passes {@link #escape}; fragments built in Java use it for every value they hold.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return de.foyer.server.web.Html.escape(text);
    }

    /** An address with query parameters; parameters whose value is null are left out. Not yet escaped for HTML. */
    static String url(String path, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null) {
                url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = '&';
            }
        }
        return url.toString();
    }

    static String url(String path, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return url(path, parameters);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String hiddenField(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">\n";
    }

    /** Text that screen readers read and eyes do not see, e.g. the rest of a sentence a symbol stands for. */
    static String hidden(String text) {
        return "<span class=\"visually-hidden\">" + escape(text) + "</span>";
    }
}
