package de.foyer.server.portal;

import java.util.List;

/**
 * The waiting list's form: what was chosen (each with the address that changes it), the days, the
 * start times and the contact fields with what was typed and their problems, and the consent.
 */
public record WaitingFormView(String backUrl, List<Forms.Problem> problems, List<FormView.SummaryRow> summary, String action,
                              List<Forms.Hidden> hidden, List<Forms.TextField> days, List<Forms.TextField> hours,
                              List<Forms.TextField> details, boolean consent, String consentError) {
}
