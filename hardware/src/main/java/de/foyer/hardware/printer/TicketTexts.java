package de.foyer.hardware.printer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The people-facing words of tickets and printer states, from a resource bundle. */
final class TicketTexts {

    private static final String BUNDLE = "de.foyer.hardware.printer.texts";

    private final ResourceBundle bundle;
    private final Locale locale;

    private TicketTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * German is the base bundle. Without the no-fallback control, a German ticket printed on a
     * machine whose default locale is English would get the English bundle.
     */
    static TicketTexts forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TicketTexts(bundle, locale);
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
