package de.foyer.server.admin;

import de.foyer.server.web.Frame;

import java.util.List;

/**
 * The audit log page: the range and filters chosen (ISO dates, for the form), the choices of person
 * and action, and the entries. {@code badRange}: the range asked for did not work and the last
 * seven days are shown instead; {@code more}: there were more entries than the page shows.
 */
public record AuditPageView(Frame frame, String from, String to, boolean badRange, List<Choice> clerks,
                            List<Choice> actions, List<Row> rows, boolean more) {

    /**
     * One entry: {@code when} in the office's time; {@code actionKey} names the action's words, null
     * for an action the texts do not know (then only its code is shown).
     */
    public record Row(String when, String displayName, String username, String action, String actionKey, String subject,
                      String detail) {
    }
}
