package de.foyer.bench;

/** The run lost or duplicated something (a ticket, a call, a booking): its figures are worthless. */
public final class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }
}
