package de.foyer.kiosk.speech;

import de.foyer.kiosk.text.Language;

/** The kiosk's voice: one sentence at a time, and a new one cuts off the one still playing. */
public interface Speaker extends AutoCloseable {

    /** A kiosk without audio: speech mode still moves the focus, nobody hears it. */
    Speaker SILENT = new Speaker() {
        @Override
        public void say(String text, Language language) {
        }

        @Override
        public void silence() {
        }
    };

    void say(String text, Language language);

    void silence();

    @Override
    default void close() {
        silence();
    }
}
