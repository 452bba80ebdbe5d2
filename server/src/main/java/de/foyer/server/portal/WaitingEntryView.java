package de.foyer.server.portal;

import java.util.List;

/**
 * A waiting-list entry's page. {@code statusKey} is the text that explains an entry that is not
 * (yet) in line, else null; {@code position} counts from 1 for a confirmed entry. Each action is the
 * address its button posts to, null where it does not apply; every button carries {@code token}.
 */
public record WaitingEntryView(String status, String statusKey, int position, Held held, String confirmAction,
                               String takeAction, String declineAction, String leaveAction, String token,
                               List<BookingView.Row> details) {

    /** The time held for the citizen, and until when, both already written in their language. */
    public record Held(String when, String until) {
    }

    public boolean inLine() {
        return position > 0 && statusKey == null;
    }
}
