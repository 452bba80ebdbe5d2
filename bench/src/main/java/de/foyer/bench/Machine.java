package de.foyer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a run was made on: figures mean little without it. */
public record Machine(int cores, long memoryMiB, String java, String os, double loadAverage, String openFiles) {

    public static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                os.getSystemLoadAverage(),
                openFilesLimit().orElse("unknown"));
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
                + ", load " + Format.number(loadAverage) + " at start";
    }
}
