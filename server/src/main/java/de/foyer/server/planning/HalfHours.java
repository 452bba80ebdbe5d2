package de.foyer.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Means of a value by the half hour of the day it belongs to, drawn at the middle of each half hour. */
final class HalfHours {

    private final TreeMap<Integer, double[]> sums = new TreeMap<>();

    void add(double minuteOfDay, double value) {
        double[] sum = sums.computeIfAbsent((int) (minuteOfDay / 30), ignored -> new double[2]);
        sum[0] += value;
        sum[1]++;
    }

    List<double[]> means() {
        List<double[]> means = new ArrayList<>();
        sums.forEach((half, sum) -> means.add(new double[] {half * 30 + 15, sum[0] / sum[1]}));
        return means;
    }
}
