package de.foyer.server.planning;

import de.foyer.server.stats.Chart;
import de.foyer.server.web.Frame;

import java.util.List;

/**
 * The capacity-planning page: the question's fields (as typed, for the form), where the office
 * stands ({@code basisKey} and its figures), and, unless the question did not work, the answer as
 * rows beside the office as it is and the waits over the day as a chart. Every value is plain text.
 */
public record PlanningView(Frame frame, List<Option> weekdays, List<Option> keepings, Fields fields, String basisKey,
                           String basisFigures, boolean badQuestion, List<Row> rows, Chart chart, int days) {

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

    public boolean answered() {
        return !rows.isEmpty();
    }
}
