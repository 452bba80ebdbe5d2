package de.foyer.bench;

import java.util.List;

/**
 * What a figure reports: its values, notes on how they were measured, optionally a table of its
 * own for the console (the values still go to the JSON one by one), or why it was not measured.
 */
public record FigureResult(String subtitle, List<Measurement> measurements, List<String> notes, List<String> table,
                           String notMeasured) {

    public static FigureResult measured(String subtitle, List<Measurement> measurements, List<String> notes) {
        return new FigureResult(subtitle, List.copyOf(measurements), List.copyOf(notes), List.of(), null);
    }

    public FigureResult withTable(List<String> lines) {
        return new FigureResult(subtitle, measurements, notes, List.copyOf(lines), notMeasured);
    }

    public static FigureResult notMeasured(String reason) {
        return new FigureResult("", List.of(), List.of(), List.of(), reason);
    }

    public boolean isMeasured() {
        return notMeasured == null;
    }
}
