package de.foyer.protocol.voice;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.CitizenLanguage;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * The call screen on a device and the one in a browser say the same: the device speaks these
 * sentences, the browser page is handed their patterns.
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
            sentences.put(language, ResourceBundle.getBundle("de.foyer.protocol.voice.announcements", language.locale(), exact));
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

    /**
     * Each language's sentences by its code, for a call and for a recall, with "{0}" where the
     * number as said goes and "{1}" for the counter: what the browser call screen fills in.
     */
    public Map<String, Map<String, String>> patterns() {
        Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
        for (CitizenLanguage language : CitizenLanguage.values()) {
            Map<String, String> both = new LinkedHashMap<>();
            for (String kind : List.of("call", "recall")) {
                both.put(kind, new MessageFormat(sentences.get(language).getString(kind), language.locale())
                        .format(new Object[] {"{0}", "{1}"}));
            }
            patterns.put(language.code(), both);
        }
        return patterns;
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
