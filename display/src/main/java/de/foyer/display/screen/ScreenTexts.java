package de.foyer.display.screen;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screen's words from its resource bundle: German first, English beside it (key + ".en").
 * The announcements and the ticker come from elsewhere; these are the fixed labels.
 */
public final class ScreenTexts {

    private final ResourceBundle bundle;

    private ScreenTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ScreenTexts load() {
        return new ScreenTexts(ResourceBundle.getBundle("de.foyer.display.screen.texts", Locale.ROOT));
    }

    public String german(String key) {
        return bundle.getString(key);
    }

    public String english(String key) {
        return bundle.getString(key + ".en");
    }

    /** The ticker's text until the office configures its own notices. */
    public String standardNotice() {
        return german("notice") + "   •   " + english("notice");
    }
}
