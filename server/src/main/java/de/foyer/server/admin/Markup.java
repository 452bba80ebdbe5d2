package de.foyer.server.admin;

import de.foyer.server.web.Html;
import de.foyer.server.console.Texts;

/**
 * Small pieces of the settings page's forms. Each form names the API call it makes (method and
 * address); admin.js turns its fields into the JSON body. Every field has a label.
 */
final class Markup {

    private final Texts texts;
    private int forms;

    Markup(Texts texts) {
        this.texts = texts;
    }

    /** A form for one API call; {@code reload}: the page is read again afterwards, to show what was added or removed. */
    String form(String method, String action, boolean reload, String fields, String buttonKey) {
        forms++;
        return "<form class=\"api-form\" data-method=\"" + method + "\" data-action=\"" + Html.escape(action) + "\""
                + (reload ? " data-reload=\"true\"" : "") + " data-form=\"" + forms + "\">" + fields
                + "<div class=\"field\"><button type=\"submit\"" + ("DELETE".equals(method) ? " class=\"danger\"" : "")
                + ">" + texts.html(buttonKey) + "</button></div>"
                + "<p class=\"status form-status\" role=\"status\" aria-live=\"polite\"></p></form>\n";
    }

    String text(String labelKey, String name, String value, int size, boolean required) {
        return field(labelKey, name, "<input type=\"text\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\" size=\"" + size
                + "\"" + (required ? " required" : "") + " id=\"" + id(name) + "\">");
    }

    String number(String labelKey, String name, int value, int least, int most) {
        return field(labelKey, name, "<input type=\"number\" data-type=\"number\" name=\"" + name + "\" value=\"" + value
                + "\" min=\"" + least + "\" max=\"" + most + "\" required id=\"" + id(name) + "\">");
    }

    String date(String labelKey, String name, boolean required) {
        return field(labelKey, name, "<input type=\"date\" name=\"" + name + "\"" + (required ? " required" : " data-optional=\"true\"")
                + " id=\"" + id(name) + "\">");
    }

    String password(String labelKey, String name) {
        return field(labelKey, name, "<input type=\"password\" name=\"" + name + "\" autocomplete=\"new-password\" minlength=\""
                + ClerkAccounts.SHORTEST_PASSWORD + "\" required id=\"" + id(name) + "\">");
    }

    String checkbox(String labelKey, String name, boolean checked) {
        return "<div class=\"field checks\"><label><input type=\"checkbox\" name=\"" + name + "\"" + (checked ? " checked" : "")
                + "> " + texts.html(labelKey) + "</label></div>";
    }

    /** Options: value → plain label. */
    String select(String labelKey, String name, java.util.Map<String, String> options, String selected, boolean optional) {
        StringBuilder html = new StringBuilder("<select name=\"" + name + "\" id=\"" + id(name) + "\""
                + (optional ? " data-optional=\"true\"" : "") + ">");
        options.forEach((value, label) -> html.append("<option value=\"").append(Html.escape(value)).append('"')
                .append(value.equals(selected) ? " selected" : "").append('>').append(Html.escape(label)).append("</option>"));
        return field(labelKey, name, html.append("</select>").toString());
    }

    String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }

    private String field(String labelKey, String name, String control) {
        return "<div class=\"field\"><label for=\"" + id(name) + "\">" + texts.html(labelKey) + "</label>" + control + "</div>";
    }

    /** Ids unique on the page: the form's number and the field's name. */
    String id(String name) {
        return "f" + (forms + 1) + "-" + name.replaceAll("[^A-Za-z0-9]", "-");
    }
}
