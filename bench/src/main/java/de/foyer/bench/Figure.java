package de.foyer.bench;

/**
 * One figure of the bench. A figure measures, it never asserts: it returns what it saw, and throws
 * {@link BenchFailure} only when the run itself went wrong (a ticket lost or called twice).
 */
public interface Figure {

    /** A stable name for the JSON, e.g. {@code call_to_screen}. */
    String key();

    /** The heading in the table, e.g. "Call to screen". */
    String title();

    FigureResult measure(BenchRun run) throws Exception;
}
