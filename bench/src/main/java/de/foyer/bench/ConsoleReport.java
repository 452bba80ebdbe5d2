package de.foyer.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The table people read after a run. */
final class ConsoleReport {

    private static final int LABEL = 58;

    private ConsoleReport() {
    }

    static void print(PrintStream out, String header, List<Outcome> outcomes) {
        out.println();
        out.println(header);
        out.println("=".repeat(Math.min(110, header.length())));
        int number = 0;
        for (Outcome outcome : outcomes) {
            number++;
            out.printf(Locale.ROOT, "%n%d. %s (%s s)%n", number, outcome.figure().title(), Format.number(outcome.took().toMillis() / 1000.0));
            if (outcome.failed()) {
                out.println("   FAILED: " + outcome.failure());
                continue;
            }
            FigureResult result = outcome.result();
            if (!result.isMeasured()) {
                out.println("   not measured: " + result.notMeasured());
                continue;
            }
            if (!result.subtitle().isEmpty()) {
                out.println("   " + result.subtitle());
            }
            if (!result.table().isEmpty()) {
                result.table().forEach(line -> out.println("   " + line));
                // The table shows the figures; what has a target is also listed, so that met and missed stand out.
                result.measurements().stream().filter(measurement -> measurement.target() != null)
                        .forEach(measurement -> out.println("   " + row(measurement)));
            } else {
                result.measurements().forEach(measurement -> out.println("   " + row(measurement)));
            }
            result.notes().forEach(note -> out.println("   – " + note));
        }
        out.println();
    }

    private static String row(Measurement measurement) {
        if (measurement.notMeasured() != null) {
            return String.format(Locale.ROOT, "%-" + LABEL + "s %16s   %s", measurement.label(), "–",
                    "not measured: " + measurement.notMeasured());
        }
        String label = measurement.label().length() > LABEL ? measurement.label().substring(0, LABEL) : measurement.label();
        String value = Format.number(measurement.value()) + " " + measurement.unit();
        String target = measurement.target() == null ? ""
                : "target " + measurement.target() + (Boolean.TRUE.equals(measurement.met()) ? "  met" : "  MISSED");
        return String.format(Locale.ROOT, "%-" + LABEL + "s %16s   %s", label, value, target).stripTrailing();
    }
}
