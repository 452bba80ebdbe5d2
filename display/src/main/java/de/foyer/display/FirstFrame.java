package de.foyer.display;

import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Prints one line when the first frame has been laid out: how long the display took from starting
 * its JVM. Operators see it in the log; the benchmark harness measures start-up by it.
 */
final class FirstFrame implements Runnable {

    private final Scene scene;

    private FirstFrame(Scene scene) {
        this.scene = scene;
    }

    static void announce(Scene scene) {
        scene.addPostLayoutPulseListener(new FirstFrame(scene));
    }

    @Override
    public void run() {
        scene.removePostLayoutPulseListener(this);
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("Foyer display: first frame after " + millis + " ms");
    }
}
