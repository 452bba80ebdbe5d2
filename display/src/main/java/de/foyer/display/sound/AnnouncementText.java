package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The German sentence spoken for a call. Ticket numbers are written with leading zeros
 * ("A017") but said without them ("A 17"), the letters apart, so a speech engine reads them
 * the way a clerk would.
 */
public final class AnnouncementText {

    private static final Pattern TICKET = Pattern.compile("([A-Za-z]*)0*(\\d+)");
    private final ResourceBundle sentences;

    public AnnouncementText() {
        this.sentences = ResourceBundle.getBundle("de.foyer.display.sound.announcements", Locale.ROOT);
    }

    public String of(CallInfo call) {
        String pattern = sentences.getString(call.recalls() > 0 ? "recall" : "call");
        return new MessageFormat(pattern, Locale.GERMAN).format(new Object[] {spoken(call.ticket()), call.counter()});
    }

    static String spoken(String ticket) {
        Matcher matcher = TICKET.matcher(ticket);
        if (!matcher.matches()) {
            return ticket;
        }
        String letters = String.join(" ", matcher.group(1).toUpperCase(Locale.ROOT).split(""));
        return letters.isEmpty() ? matcher.group(2) : letters + " " + matcher.group(2);
    }
}
