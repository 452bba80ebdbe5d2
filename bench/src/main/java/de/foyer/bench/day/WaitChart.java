package de.foyer.bench.day;

import java.util.List;
import java.util.Locale;

/**
 * The waits of a day as an SVG picture, drawn by hand: each citizen a dot at the time they
 * queued (booked blue, walk-ins orange) and, as lines, the mean wait per half hour over many days.
 */
public final class WaitChart {

    /** One citizen: minutes after midnight when they queued, minutes waited. */
    public record Dot(double minuteOfDay, double waitMinutes, boolean booked) {
    }

    /** A line through (minute of day, minutes) points. */
    public record Line(String label, String colour, boolean dashed, List<double[]> points) {
    }

    static final String BOOKED = "#1f5fa8";
    static final String WALK_IN = "#d9730d";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 60;

    public String draw(String title, String subtitle, int fromHour, int toHour, List<Dot> dots, List<Line> lines) {
        double top = niceCeiling(Math.max(dots.stream().mapToDouble(Dot::waitMinutes).max().orElse(0),
                lines.stream().flatMap(line -> line.points().stream()).mapToDouble(point -> point[1]).max().orElse(0)));
        Frame frame = new Frame(fromHour * 60.0, toHour * 60.0, top);
        StringBuilder svg = new StringBuilder();
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"14\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(f("<text x=\"%d\" y=\"28\" font-size=\"20\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        svg.append(f("<text x=\"%d\" y=\"50\" fill=\"#444\">%s</text>%n", LEFT, escape(subtitle)));
        axes(svg, frame, fromHour, toHour);
        for (Dot dot : dots) {
            svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" fill-opacity=\"0.55\"/>%n",
                    frame.x(dot.minuteOfDay()), frame.y(dot.waitMinutes()), dot.booked() ? BOOKED : WALK_IN));
        }
        for (Line line : lines) {
            StringBuilder path = new StringBuilder();
            for (double[] point : line.points()) {
                path.append(path.length() == 0 ? "M" : " L").append(f("%.1f %.1f", frame.x(point[0]), frame.y(point[1])));
            }
            svg.append(f("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\"%s/>%n", path, line.colour(),
                    line.dashed() ? " stroke-dasharray=\"8 6\"" : ""));
        }
        legend(svg, lines);
        return svg.append("</svg>\n").toString();
    }

    private void axes(StringBuilder svg, Frame frame, int fromHour, int toHour) {
        double step = frame.top() / 5;
        for (int tick = 0; tick <= 5; tick++) {
            double y = frame.y(tick * step);
            svg.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s</text>%n", LEFT - 8, y + 5,
                    trim(tick * step)));
        }
        for (int hour = fromHour; hour <= toHour; hour++) {
            double x = frame.x(hour * 60.0);
            svg.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n", x, TOP, x, HEIGHT - BOTTOM));
            svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%d:00</text>%n", x, HEIGHT - BOTTOM + 22, hour));
        }
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">time of day (when the citizen queued)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
        svg.append(f("<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">wait (minutes)</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2));
    }

    private void legend(StringBuilder svg, List<Line> lines) {
        int x = WIDTH - RIGHT - 330;
        int y = TOP + 8;
        int rows = 2 + lines.size();
        svg.append(f("<rect x=\"%d\" y=\"%d\" width=\"320\" height=\"%d\" fill=\"white\" fill-opacity=\"0.9\" stroke=\"#ccc\"/>%n",
                x, y, rows * 22 + 10));
        int row = y + 22;
        svg.append(f("<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">booked (one day)</text>%n",
                x + 20, row - 5, BOOKED, x + 40, row));
        row += 22;
        svg.append(f("<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">walk-in (one day)</text>%n",
                x + 20, row - 5, WALK_IN, x + 40, row));
        for (Line line : lines) {
            row += 22;
            svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x + 8, row - 5, x + 32, row - 5, line.colour(), line.dashed() ? " stroke-dasharray=\"6 4\"" : "",
                    x + 40, row, escape(line.label())));
        }
    }

    /** 1, 2, 5 or 10 times a power of ten, at least 10 minutes. */
    static double niceCeiling(double value) {
        double floor = Math.max(10, value);
        double power = Math.pow(10, Math.floor(Math.log10(floor)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= floor) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private record Frame(double fromMinute, double toMinute, double top) {
        double x(double minute) {
            return LEFT + (minute - fromMinute) / (toMinute - fromMinute) * (WIDTH - LEFT - RIGHT);
        }

        double y(double wait) {
            return HEIGHT - BOTTOM - Math.min(wait, top) / top * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : f("%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
