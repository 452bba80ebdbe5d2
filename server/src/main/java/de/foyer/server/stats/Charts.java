package de.foyer.server.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the statistics page's charts: columns (side by side or stacked) and bars of shares.
 * Pure: values in, geometry out; the page's template ({@code stats/chart.jte}) draws it. The
 * capacity-planning page draws its waits with it too.
 */
public final class Charts {

    /** One row of values across the labels, in one colour; a null value draws nothing. */
    public record Series(String name, String colour, List<Double> values) {
    }

    static final String TRACK = "#eef1f0";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final int MOST_LABELS = 16;

    private Charts() {
    }

    public static Chart.Columns columns(String id, String title, String description, List<String> labels, List<Series> series,
                                 boolean stacked, String unit) {
        double largest = 0;
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (Series row : series) {
                double value = row.values().get(i) == null ? 0 : row.values().get(i);
                sum = stacked ? sum + value : Math.max(sum, value);
            }
            largest = Math.max(largest, sum);
        }
        double step = niceStep(largest / 4);
        double top = Math.max(step, step * Math.ceil(largest / step));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        List<Chart.Tick> ticks = new ArrayList<>();
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            ticks.add(new Chart.Tick(tenth(TOP + plotHeight - tick / top * plotHeight), number(tick) + (unit.isEmpty() ? "" : " " + unit)));
        }
        double slot = plotWidth / Math.max(1, labels.size());
        // As many labels as fit side by side; the others are left out (each bar still names itself on hover).
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        int fitting = Math.max(1, (int) (plotWidth / (longest * 7.0 + 10)));
        int every = (int) Math.ceil(labels.size() / (double) Math.min(fitting, MOST_LABELS));
        List<Chart.Bar> bars = new ArrayList<>();
        List<Chart.Label> axis = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot;
            double base = TOP + plotHeight;
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(i);
                if (value == null || value <= 0) {
                    continue;
                }
                double height = value / top * plotHeight;
                double barWidth = stacked ? slot * 0.7 : slot * 0.8 / series.size();
                double barX = stacked ? x + slot * 0.15 : x + slot * 0.1 + s * barWidth;
                double barY = stacked ? base - height : TOP + plotHeight - height;
                bars.add(new Chart.Bar(tenth(barX), tenth(barY), tenth(Math.max(1, barWidth - 1)), tenth(height), series.get(s).colour(),
                        labels.get(i) + ": " + series.get(s).name() + " " + number(value) + (unit.isEmpty() ? "" : " " + unit)));
                if (stacked) {
                    base -= height;
                }
            }
            if (i % every == 0) {
                axis.add(new Chart.Label(tenth(x + slot / 2), HEIGHT - BOTTOM + 18, "middle", labels.get(i)));
            }
        }
        return new Chart.Columns(new Chart.Canvas(id, title, description, WIDTH, HEIGHT), legend(series), ticks, bars, axis,
                LEFT, WIDTH - RIGHT, TOP + plotHeight);
    }

    /** Horizontal bars for shares between 0 and 1; a missing share shows as a dash. */
    static Chart.Shares shares(String id, String title, String description, List<String> labels, List<Double> shares, String colour) {
        int rowHeight = 30;
        int longest = labels.stream().mapToInt(String::length).max().orElse(10);
        int labelWidth = Math.min(320, 16 + (int) (longest * 6.4));
        int height = 24 + labels.size() * rowHeight;
        double track = tenth(WIDTH - labelWidth - 70);
        List<Chart.ShareRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double y = 12 + i * rowHeight;
            Double share = shares.get(i);
            Chart.Bar bar = share != null && share > 0
                    ? new Chart.Bar(labelWidth, y + 4, tenth(Math.max(1, track * Math.min(1, share))), 20, colour, null) : null;
            rows.add(new Chart.ShareRow(new Chart.Label(labelWidth - 8, y + 18, "end", labels.get(i)),
                    new Chart.Bar(labelWidth, y + 4, track, 20, TRACK, null), bar,
                    new Chart.Label(tenth(labelWidth + track + 8), y + 18, "start", share == null ? "–" : percent(share))));
        }
        return new Chart.Shares(new Chart.Canvas(id, title, description, WIDTH, height), rows);
    }

    private static List<Chart.Key> legend(List<Series> series) {
        List<Chart.Key> keys = new ArrayList<>();
        double x = LEFT;
        for (Series row : series) {
            keys.add(new Chart.Key(tenth(x), row.colour(), row.name()));
            x += 32 + row.name().length() * 6.6;
        }
        return keys;
    }

    static String percent(double share) {
        return number(Math.round(share * 1000) / 10.0) + " %";
    }

    /** German figures: a decimal comma, no decimals on whole numbers. */
    public static String number(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.GERMANY, "%.1f", value);
    }

    /** Positions to a tenth: finer than a screen shows, and short to write. */
    static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** 1, 2 or 5 times a power of ten: steps people read at a glance. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(nice * power, 1);
    }
}
