package de.foyer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The machine a run was made on: figures mean little without it. A shared machine's speed moves
 * from day to day, so the run also times one thread sorting a million numbers ({@code sortMillis}):
 * it tells a slower build from a slower day.
 */
public record Machine(int cores, long memoryMiB, String java, String os, double loadAverage, String openFiles,
                      double sortMillis) {

    private static final int YARDSTICK_ROUNDS = 7;
    private static final int YARDSTICK_NUMBERS = 1_000_000;

    public static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                os.getSystemLoadAverage(),
                openFilesLimit().orElse("unknown"),
                timeSorting());
    }

    /** Sorting a million seeded random numbers, the median of seven rounds after two to warm up, in milliseconds. */
    static double timeSorting() {
        long[] numbers = new SplittableRandom(8).longs(YARDSTICK_NUMBERS).toArray();
        double[] millis = new double[YARDSTICK_ROUNDS];
        for (int round = -2; round < YARDSTICK_ROUNDS; round++) {
            long[] copy = numbers.clone();
            long start = System.nanoTime();
            Arrays.sort(copy);
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[YARDSTICK_ROUNDS / 2];
    }

    /** The soft and hard limit of open files of this process, as Linux reports them. */
    public static Optional<String> openFilesLimit() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(line -> line.startsWith("Max open files"))
                    .map(line -> line.substring("Max open files".length()).trim().split("\\s+"))
                    .map(fields -> "soft " + fields[0] + ", hard " + fields[1])
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String summary() {
        return cores + " cores, " + Format.number(memoryMiB / 1024.0) + " GiB, Java " + java
                + ", load " + Format.number(loadAverage) + " at start, a million numbers sorted in "
                + Format.number(sortMillis) + " ms";
    }
}
