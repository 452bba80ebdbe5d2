package de.foyer.server.stats;

import java.util.List;

/**
 * A chart as geometry, drawn as SVG by the statistics page's template: positions and sizes in the
 * chart's own units, rounded to a tenth; colours as attribute values (the Content-Security-Policy
 * allows no inline styles). Each chart names itself for screen readers.
 */
public sealed interface Chart {

    Canvas canvas();

    /** The drawing's size and the words screen readers read for it; {@code id} makes their ids. */
    record Canvas(String id, String title, String description, int width, int height) {
    }

    /** A coloured piece of the drawing with what it shows when pointed at. */
    record Bar(double x, double y, double width, double height, String colour, String title) {
    }

    /** Words at a point; {@code anchor} is SVG's text-anchor (start, middle, end). */
    record Label(double x, double y, String anchor, String text) {
    }

    /** A colour and what it stands for, above the columns. */
    record Key(double x, String colour, String name) {

        public double textX() {
            return Charts.tenth(x + 20);
        }
    }

    /** A horizontal grid line at {@code y} with its value written left of it. */
    record Tick(double y, String label) {

        public double textY() {
            return Charts.tenth(y + 4);
        }
    }

    /**
     * Columns over labels: grid lines from {@code left} to {@code right}, tick values right-aligned at
     * {@code left} - 6, and the base line at {@code base}.
     */
    record Columns(Canvas canvas, List<Key> legend, List<Tick> ticks, List<Bar> bars, List<Label> labels,
                   double left, double right, double base) implements Chart {

        public double tickX() {
            return Charts.tenth(left - 6);
        }
    }

    /** Horizontal bars of shares, one row each: a label, a track, the share's bar (if any) and its value. */
    record Shares(Canvas canvas, List<ShareRow> rows) implements Chart {
    }

    /** {@code bar} is null for a row without a share (nothing to divide by) or a share of nothing. */
    record ShareRow(Label label, Bar track, Bar bar, Label value) {
    }
}
