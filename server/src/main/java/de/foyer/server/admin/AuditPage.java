package de.foyer.server.admin;

import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Frame;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns a page of the audit log into what its template shows. */
final class AuditPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Bilingual words;

    AuditPage(Bilingual words) {
        this.words = words;
    }

    AuditPageView view(Frame frame, AuditTrail.Page page, boolean badRange, List<ClerkDirectory.Person> people,
                       String clerkAsked, ZoneId zone) {
        List<Choice> clerks = new ArrayList<>();
        clerks.add(new Choice("", words.both("audit.everybody"), false));
        people.forEach(person -> clerks.add(new Choice(person.username(),
                person.displayName() + " (" + person.username() + ")", person.username().equals(clerkAsked))));
        List<AuditPageView.Row> rows = page.entries().stream().map(entry -> new AuditPageView.Row(
                WHEN.format(entry.at().atZone(zone)),
                // Without an account: done on the server's command line (./foyer admin create|reset-password).
                entry.username() == null ? words.both("audit.commandLine") : entry.displayName(),
                entry.username() == null ? "" : entry.username(), entry.action(),
                actionKey(entry.action()), entry.subject(), entry.detail())).toList();
        return new AuditPageView(frame, page.from().toString(), page.to().toString(), badRange, clerks,
                actionChoices(page.action()), rows, page.more());
    }

    /** The actions the audit log knows, by their German name; an unknown one asked for stays selectable. */
    List<Choice> actionChoices(String selected) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", words.both("audit.everything"), false));
        List<String> codes = words.german().keysStartingWith("audit.").stream().map(key -> key.substring(6))
                .filter(code -> code.equals(code.toUpperCase(Locale.ROOT)))
                .sorted(Comparator.comparing(code -> words.german("audit." + code))).toList();
        if (selected != null && !codes.contains(selected)) {
            choices.add(new Choice(selected, selected, true));
        }
        codes.forEach(code -> choices.add(new Choice(code, words.both("audit." + code), code.equals(selected))));
        return choices;
    }

    private String actionKey(String code) {
        String key = "audit." + code;
        return words.german().has(key) ? key : null;
    }
}
