package de.foyer.server.planning;

import java.util.Arrays;

/** Minutes waited across simulated days, and their mean and percentiles (nearest rank). */
public final class Waits {

    private double[] values = new double[64];
    private int size;
    private boolean sorted = true;

    void add(double minutes) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = minutes;
        sorted = false;
    }

    public int size() {
        return size;
    }

    /** The p-th percentile (0–100) by nearest rank; NaN when nobody waited. */
    public double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    public double median() {
        return percentile(50);
    }

    public double mean() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }
}
