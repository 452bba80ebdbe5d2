package de.foyer.bench;

import java.time.Duration;

/** How one figure's measurement went: its result, or the failure that stopped it. */
public record Outcome(Figure figure, FigureResult result, String failure, Duration took) {

    public boolean failed() {
        return failure != null;
    }
}
