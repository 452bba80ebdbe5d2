package de.foyer.server.stats;

import de.foyer.server.web.Frame;

import java.util.List;

/**
 * The statistics page: the range shown (ISO dates, for the form) and the link to its CSV, the key
 * figures, and one chart per question with its figures as a table. {@code badRange}: the range asked
 * for did not work and the default range is shown instead. {@code patterns} look at the last week,
 * whatever the range. Every value is plain text.
 */
public record StatisticsView(Frame frame, String from, String to, String csvLink, boolean badRange,
                             List<KeyFigure> keyFigures, List<ChartSection> charts, List<PatternSection> patterns) {

    /** A table of what looks like booking by machine, under its heading ({@code id} + "-heading"). */
    public record PatternSection(String id, String titleKey, Table table) {
    }

    /** A figure and the key of its name in the staff pages' words. */
    public record KeyFigure(String key, String value) {
    }

    /** A chart under its heading ({@code id} + "-heading"), and its figures as a table. */
    public record ChartSection(String id, String titleKey, Chart chart, Table table) {
    }

    /** Column headings as keys of the words; each row as many cells as there are headings. */
    public record Table(List<String> headingKeys, List<List<String>> rows) {
    }
}
