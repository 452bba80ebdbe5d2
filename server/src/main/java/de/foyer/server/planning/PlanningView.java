package de.foyer.server.planning;

import de.foyer.server.stats.Chart;
import de.foyer.server.web.Frame;

import java.util.List;

/**
 * The capacity-planning page: the question's fields (as typed, for the form), where the office
 * stands ({@code basisKey} and its figures), the label keys of the fields that did not work, and
 * otherwise the answer as rows beside the office as it is ({@code given}: what that was computed
 * with) and the waits over the day as a chart. Every value is plain text.
 */
public record PlanningView(Frame frame, List<Option> weekdays, List<Option> keepings, Fields fields, String basisKey,
                           String basisFigures, List<String> wrongFields, List<Row> given, List<Row> rows, Chart chart, int days) {

    /** A choice of a select; {@code labelKey} names it in the staff pages' words. */
    public record Option(String value, String labelKey, boolean selected) {
    }

    public record Fields(String cases, String bookedPercent, String noShowPercent, String clerks, String quotaPercent,
                         String overbookingPercent, String mostClerks) {
    }

    public int mostOverbooking() {
        return CapacityPlanning.MOST_OVERBOOKING_PERCENT;
    }

    /** One figure, as the office is and as asked. */
    public record Row(String labelKey, String asIs, String whatIf) {
    }

    public boolean badQuestion() {
        return !wrongFields.isEmpty();
    }

    public boolean answered() {
        return !rows.isEmpty();
    }
}
