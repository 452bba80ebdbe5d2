package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.CitizenLanguage;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences spoken for a call: German for the whole hall, then the called citizen's own
 * language when it is another (DIN 18040's two senses, and a citizen who chose Turkish at the kiosk
 * hears their number in Turkish). Ticket numbers are written with leading zeros ("A017") but said
 * without them ("A 17"), the letters apart, so a speech engine reads them the way a clerk would.
 */
public final class AnnouncementText {

    /** One sentence and the language it is spoken in. */
    public record Sentence(String text, CitizenLanguage language) {
    }

    private static final Pattern TICKET = Pattern.compile("([A-Za-z]*)0*(\\d+)");
    private final Map<CitizenLanguage, ResourceBundle> sentences = new EnumMap<>(CitizenLanguage.class);

    public AnnouncementText() {
        // The base bundle is German; no fallback to the machine's locale.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (CitizenLanguage language : CitizenLanguage.values()) {
            sentences.put(language, ResourceBundle.getBundle("de.foyer.display.sound.announcements", language.locale(), exact));
        }
    }

    public List<Sentence> of(CallInfo call) {
        List<Sentence> said = new ArrayList<>();
        said.add(sentence(call, CitizenLanguage.DE));
        if (call.citizenLanguage() != CitizenLanguage.DE) {
            said.add(sentence(call, call.citizenLanguage()));
        }
        return said;
    }

    private Sentence sentence(CallInfo call, CitizenLanguage language) {
        String pattern = sentences.get(language).getString(call.recalls() > 0 ? "recall" : "call");
        return new Sentence(new MessageFormat(pattern, language.locale()).format(new Object[] {spoken(call.ticket()), call.counter()}),
                language);
    }

    /** The number as a clerk says it: "A017" is "A 17". */
    public static String spoken(String ticket) {
        Matcher matcher = TICKET.matcher(ticket);
        if (!matcher.matches()) {
            return ticket;
        }
        String letters = String.join(" ", matcher.group(1).toUpperCase(Locale.ROOT).split(""));
        return letters.isEmpty() ? matcher.group(2) : letters + " " + matcher.group(2);
    }
}
