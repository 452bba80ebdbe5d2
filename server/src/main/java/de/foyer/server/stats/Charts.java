package de.foyer.server.stats;

import de.foyer.server.web.Html;

import java.util.List;
import java.util.Locale;

/**
 * Hand-written SVG charts, drawn by the server: columns (side by side or stacked) and bars of
 * shares. Colours are set as attributes, not styles, so the pages' Content-Security-Policy holds.
 * Each chart names itself for screen readers; the page puts the figures beside it as a table.
 */
final class Charts {

    static final String INK = "#1c2426";
    static final String MUTED = "#4f5d61";
    static final String GRID = "#d5dddb";

    /** One row of values across the labels, in one colour. */
    record Series(String name, String colour, List<Double> values) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final int MOST_LABELS = 16;

    private Charts() {
    }

    static String columns(String id, String title, String description, List<String> labels, List<Series> series,
                          boolean stacked, String unit) {
        StringBuilder svg = open(id, title, description, WIDTH, HEIGHT);
        legend(svg, series);
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
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            double y = TOP + plotHeight - tick / top * plotHeight;
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, GRID));
            svg.append(text(LEFT - 6, y + 4, "end", MUTED, number(tick) + (unit.isEmpty() ? "" : " " + unit)));
        }
        double slot = plotWidth / Math.max(1, labels.size());
        // As many labels as fit side by side; the others are left out (each bar still names itself on hover).
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        int fitting = Math.max(1, (int) (plotWidth / (longest * 7.0 + 10)));
        int every = (int) Math.ceil(labels.size() / (double) Math.min(fitting, MOST_LABELS));
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
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s</title></rect>", barX, barY, Math.max(1, barWidth - 1), height, series.get(s).colour(),
                        Html.escape(labels.get(i) + ": " + series.get(s).name() + " " + number(value) + (unit.isEmpty() ? "" : " " + unit))));
                if (stacked) {
                    base -= height;
                }
            }
            if (i % every == 0) {
                svg.append(text(x + slot / 2, HEIGHT - BOTTOM + 18, "middle", INK, labels.get(i)));
            }
        }
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, MUTED));
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars for shares between 0 and 1; a missing share shows as a dash. */
    static String shares(String id, String title, String description, List<String> labels, List<Double> shares, String colour) {
        int rowHeight = 30;
        int longest = labels.stream().mapToInt(String::length).max().orElse(10);
        int labelWidth = Math.min(320, 16 + (int) (longest * 6.4));
        int height = 24 + labels.size() * rowHeight;
        StringBuilder svg = open(id, title, description, WIDTH, height);
        double track = WIDTH - labelWidth - 70;
        for (int i = 0; i < labels.size(); i++) {
            double y = 12 + i * rowHeight;
            svg.append(text(labelWidth - 8, y + 18, "end", INK, labels.get(i)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"20\" fill=\"#eef1f0\"/>",
                    labelWidth, y + 4, track));
            Double share = shares.get(i);
            if (share != null && share > 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
                        labelWidth, y + 4, Math.max(1, track * Math.min(1, share)), colour));
            }
            svg.append(text(labelWidth + track + 8, y + 18, "start", INK, share == null ? "–" : percent(share)));
        }
        return svg.append("</svg>").toString();
    }

    static String percent(double share) {
        return number(Math.round(share * 1000) / 10.0) + " %";
    }

    /** German figures: a decimal comma, no decimals on whole numbers. */
    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.GERMANY, "%.1f", value);
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder(4096).append(String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\""
                                + " font-family=\"system-ui, sans-serif\" font-size=\"12\">", width, height, id, id))
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>");
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = LEFT;
        for (Series row : series) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"10\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, row.colour()));
            svg.append(text(x + 20, 22, "start", INK, row.name()));
            x += 32 + row.name().length() * 6.6;
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String anchor, String colour, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, anchor, colour, Html.escape(content));
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
