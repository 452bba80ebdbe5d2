package de.foyer.kiosk.home;

/**
 * What a citizen who sees little may turn on for their visit, on the home screen. Each is a style
 * class of the kiosk's canvas (kiosk.css), so every screen follows it without knowing of it.
 */
public enum SeeingAid {
    /** Black ground, white and yellow type, outlined buttons: 7:1 and more. */
    HIGH_CONTRAST("high-contrast", "home.contrast"),
    /** Every text a quarter larger and none under 40 units (the ticket's number and time are large already). */
    LARGE_TEXT("large-text", "home.largeText");

    private final String styleClass;
    private final String textKey;

    SeeingAid(String styleClass, String textKey) {
        this.styleClass = styleClass;
        this.textKey = textKey;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The home screen's button's words, in the kiosk's texts. */
    public String textKey() {
        return textKey;
    }
}
