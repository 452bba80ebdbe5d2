package de.foyer.kiosk.text;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;

/** The kiosk's words in one language, from the resource bundle {@code de/foyer/kiosk/text/texts}. */
public final class Texts {

    static final String BUNDLE = "de.foyer.kiosk.text.texts";

    private final ResourceBundle bundle;
    private final Language language;

    private Texts(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    /**
     * German is the base bundle. Without the no-fallback control a kiosk whose machine runs in an
     * English locale would show English where German was asked for.
     */
    public static Texts of(Language language) {
        Objects.requireNonNull(language, "language");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
