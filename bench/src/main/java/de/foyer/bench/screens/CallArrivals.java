package de.foyer.bench.screens;

import java.time.Duration;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * When each call reached each screen: for every ticket number called, which streams got its
 * {@code call} event, the first and the last time, and whether a stream got it twice.
 */
public final class CallArrivals implements SseSwarm.Listener {

    /** How one call reached the screens; times from {@link System#nanoTime()}. */
    public record Delivery(int screens, int duplicates, long first, long last) {
    }

    private static final String TICKET_FIELD = "\"ticket\":\"";

    private final Map<String, Arrival> arrivals = new HashMap<>();

    private static final class Arrival {
        final BitSet streams = new BitSet();
        int duplicates;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
    }

    @Override
    public synchronized void onEvent(int stream, String name, String data, long nanoTime) {
        if (!"call".equals(name)) {
            return;
        }
        String ticket = ticketNumber(data);
        if (ticket == null) {
            return;
        }
        Arrival arrival = arrivals.computeIfAbsent(ticket, ignored -> new Arrival());
        if (arrival.streams.get(stream)) {
            arrival.duplicates++;
        }
        arrival.streams.set(stream);
        arrival.first = Math.min(arrival.first, nanoTime);
        arrival.last = Math.max(arrival.last, nanoTime);
        notifyAll();
    }

    public synchronized Delivery delivery(String ticket) {
        Arrival arrival = arrivals.get(ticket);
        if (arrival == null) {
            return new Delivery(0, 0, 0, 0);
        }
        return new Delivery(arrival.streams.cardinality(), arrival.duplicates, arrival.first, arrival.last);
    }

    /** Waits until every one of these calls has reached this many screens; false if the time ran out. */
    public synchronized boolean awaitAll(Collection<String> tickets, int screens, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean complete = tickets.stream().allMatch(ticket -> delivery(ticket).screens() >= screens);
            long left = deadline - System.nanoTime();
            if (complete || left <= 0) {
                return complete;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The ticket number of a call event's JSON, read without a parser: this runs for every event on every screen. */
    static String ticketNumber(String json) {
        int start = json.indexOf(TICKET_FIELD);
        if (start < 0) {
            return null;
        }
        start += TICKET_FIELD.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }
}
