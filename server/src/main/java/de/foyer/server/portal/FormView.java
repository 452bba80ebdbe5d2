package de.foyer.server.portal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The booking form: what was chosen (each with the address that changes it), the fields with what
 * was typed and their problems, and the consent. {@code timeChoice} is null when a time is chosen;
 * otherwise the form offers the times still free that day. {@code movedFrom} is the time of the
 * booking being moved, or null.
 */
public record FormView(String backUrl, boolean taken, List<Forms.Problem> problems, List<SummaryRow> summary,
                       LocalDateTime movedFrom, String action, List<Forms.Hidden> hidden, TimeChoice timeChoice,
                       List<Forms.TextField> fields, boolean consent, String consentError) {

    /** One line of what was chosen: its label's text key, its value, and where to change it (null: nowhere). */
    public record SummaryRow(String labelKey, String value, String changeUrl) {
    }

    /**
     * The times offered in place of a missing or lost one: the first radio button has the id
     * "start", so that the error summary can link to it. {@code error} is the text of the problem.
     */
    public record TimeChoice(List<Alternative> alternatives, String error, String daysUrl) {

        static TimeChoice of(List<LocalDateTime> starts, String error, String daysUrl) {
            List<Alternative> alternatives = new java.util.ArrayList<>();
            for (int index = 0; index < starts.size(); index++) {
                alternatives.add(new Alternative(index == 0 ? "start" : "start-" + index, starts.get(index)));
            }
            return new TimeChoice(List.copyOf(alternatives), error, daysUrl);
        }
    }

    public record Alternative(String id, LocalDateTime start) {
    }

    public String headingKey() {
        return taken ? "taken.title" : "form.title";
    }

    /** After SLOT_TAKEN the page explains itself; there is nothing in the form to correct. */
    public List<Forms.Problem> summaryProblems() {
        return taken ? List.of() : problems;
    }
}
