package de.foyer.server.admin;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.staff.PasswordRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the settings page's forms in order and makes their fields, each with an id made of the
 * form's number and the field's name. One per page, as it counts.
 */
final class Forms {

    private int made;

    /** The next form's number; the fields made with it belong to that form. */
    int next() {
        return ++made;
    }

    static Form.Text text(int form, String labelKey, String name, String value, int size, boolean required) {
        return new Form.Text(id(form, name), labelKey, name, value, size, required);
    }

    /**
     * The name in the kiosk's languages besides German and English, folded away: a field left empty
     * removes that language's name, and the citizen sees the German one.
     */
    static Form.Folded furtherNames(int form, Translations names) {
        List<Form.Field> fields = new ArrayList<>();
        for (CitizenLanguage language : CitizenLanguage.values()) {
            if (language != CitizenLanguage.DE && language != CitizenLanguage.EN) {
                fields.add(text(form, "admin.name." + language.code(), "names." + language.code(), names.in(language, ""), 20, false));
            }
        }
        return new Form.Folded("admin.furtherNames", fields);
    }

    /** What citizens bring and pay, in German and English, folded away; the other languages come by import. */
    static Form.Folded information(int form, String german, Translations texts) {
        return new Form.Folded("admin.information", List.of(
                new Form.TextArea(id(form, "information"), "admin.informationDe", "information", german, 2000),
                new Form.TextArea(id(form, "informationEn"), "admin.informationEn", "informationEn", texts.in(CitizenLanguage.EN, ""), 2000)));
    }

    static Form.Number number(int form, String labelKey, String name, int value, int least, int most) {
        return new Form.Number(id(form, name), labelKey, name, value, least, most);
    }

    static Form.Day day(int form, String labelKey, String name, boolean required) {
        return new Form.Day(id(form, name), labelKey, name, required);
    }

    static Form.Password password(int form, String labelKey, String name) {
        return new Form.Password(id(form, name), labelKey, name, PasswordRule.SHORTEST);
    }

    static Form.Select select(int form, String labelKey, String name, List<Choice> options, boolean optional) {
        return new Form.Select(id(form, name), labelKey, name, options, optional);
    }

    /** Ids unique on the page: the form's number and the field's name. */
    static String id(int form, String name) {
        return "f" + form + "-" + name.replaceAll("[^A-Za-z0-9]", "-");
    }
}
