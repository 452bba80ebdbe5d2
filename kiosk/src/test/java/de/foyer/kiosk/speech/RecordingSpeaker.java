package de.foyer.kiosk.speech;

import de.foyer.kiosk.text.Language;

import java.util.ArrayList;
import java.util.List;

/** A speaker that keeps what it was asked to say, and in which language, for the test to read. */
public final class RecordingSpeaker implements Speaker {

    /** One sentence said. */
    public record Said(String text, Language language) {
    }

    private final List<Said> said = new ArrayList<>();

    @Override
    public synchronized void say(String text, Language language) {
        said.add(new Said(text, language));
    }

    @Override
    public void silence() {
    }

    public synchronized List<Said> all() {
        return List.copyOf(said);
    }

    /** The last thing said, or "" before anything was. */
    public synchronized String last() {
        return said.isEmpty() ? "" : said.get(said.size() - 1).text();
    }

    public synchronized void clear() {
        said.clear();
    }
}
