package de.foyer.server.notify;

import de.foyer.server.queue.TicketPositions.Position;
import de.foyer.server.web.Texts;
import de.foyer.server.web.Words;

import java.util.Map;

/**
 * What the phone shows for a notice, in the ticket's language: the payload the ticket page's
 * service worker turns into a notification. The words are the ticket page's own bundle.
 *
 * @param tag    one notification per ticket on the phone: a newer notice replaces the older
 * @param url    the ticket's page, opened when the notification is tapped
 * @param urgent a call: the phone keeps it on screen until it is seen
 */
record NoticeMessage(String title, String body, String lang, String dir, String tag, String url, boolean urgent) {

    /** The ticket page's words in every citizen language. */
    static Texts texts() {
        return Texts.forCitizens("screens.texts");
    }

    static NoticeMessage of(Texts texts, Notice notice, Position position) {
        Words words = texts.in(position.language().locale());
        Map<String, Object> fields = Map.of("number", position.number(), "ahead", notice.ahead(),
                "counter", position.counter() == null ? "" : position.counter(), "area", position.waitingAreaNameInLanguage());
        String title = switch (notice.kind()) {
            case AHEAD -> words.get(notice.ahead() == 0 ? "push.next.title" : "push.ahead.title", fields);
            case CALLED -> words.get(notice.calls() > 1 ? "push.recalled.title" : "push.called.title", fields);
        };
        String body = words.get(notice.kind() == Notice.Kind.AHEAD ? "push.ahead.text" : "push.called.text", fields);
        return new NoticeMessage(title, body, position.language().code(), position.language().direction(),
                "ticket-" + position.number(), "/t/" + position.linkToken(), notice.kind() == Notice.Kind.CALLED);
    }
}
