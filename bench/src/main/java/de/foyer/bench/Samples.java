package de.foyer.bench;

import java.util.Arrays;

/** Durations or other values collected during a run, and their percentiles (nearest rank). */
public final class Samples {

    private double[] values = new double[64];
    private int size;

    public synchronized void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds a duration measured with {@link System#nanoTime()}, in milliseconds. */
    public void addNanosAsMillis(long nanos) {
        add(nanos / 1_000_000.0);
    }

    public synchronized int size() {
        return size;
    }

    /** The p-th percentile (0–100) by nearest rank; NaN when empty. */
    public synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    public double median() {
        return percentile(50);
    }

    public double max() {
        return percentile(100);
    }

    public synchronized double mean() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }

    public synchronized double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
