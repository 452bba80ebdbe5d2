package de.foyer.bench.booking;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.Samples;
import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.protocol.booking.SlotTaken;
import de.foyer.bench.server.KeptConnection;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * One citizen in the rush: has the page open with the day's free times, clicks one at 8:00, and
 * when someone was faster takes one of the free times the answer offers, until booked or the day is full.
 */
final class RushingCitizen implements Runnable {

    private static final int MOST_ATTEMPTS = 20;

    /** What the citizen ended with: a booking's code, or null; how many tries it took. */
    record Outcome(String code, int attempts) {
    }

    private final PortalClient portal;
    private final KeptConnection connection;
    private final int number;
    private final String mailbox;
    private final String service;
    private final List<FreeSlots.Slot> seen;
    private final CountDownLatch ready;
    private final CountDownLatch eight;
    private final Samples booked;
    private final Samples refused;
    private volatile Outcome outcome;
    private volatile Throwable failure;

    RushingCitizen(PortalClient portal, int number, String mailbox, String service, List<FreeSlots.Slot> seen, CountDownLatch ready,
                   CountDownLatch eight, Samples booked, Samples refused) {
        this.portal = portal;
        this.connection = new KeptConnection(portal.base(), address(number));
        this.number = number;
        this.mailbox = mailbox;
        this.service = service;
        this.seen = seen;
        this.ready = ready;
        this.eight = eight;
        this.booked = booked;
        this.refused = refused;
    }

    @Override
    public void run() {
        try (connection) {
            BookingRequest.Proof proof = portal.proof(address(number));
            connection.open();
            Random choice = new Random(number);
            List<FreeSlots.Slot> offered = seen;
            ready.countDown();
            eight.await();
            for (int attempt = 1; attempt <= MOST_ATTEMPTS && !offered.isEmpty(); attempt++) {
                FreeSlots.Slot slot = offered.get(choice.nextInt(offered.size()));
                BookingRequest request = new BookingRequest(PortalClient.OFFICE, service, 1, slot.start(), "Bürger " + number,
                        mailbox + "@bench.invalid", null, proof, null);
                long start = System.nanoTime();
                KeptConnection.Answer response = connection.postJson("/api/v1/bookings", PortalClient.JSON.writeValueAsString(request));
                long took = System.nanoTime() - start;
                if (response.status() == 201) {
                    booked.addNanosAsMillis(took);
                    outcome = new Outcome(PortalClient.JSON.readValue(response.body(), BookingConfirmation.class).code(), attempt);
                    return;
                }
                if (response.status() != 409 || !response.body().contains("SLOT_TAKEN")) {
                    throw new BenchFailure("a booking answered " + response.status() + ": " + response.body());
                }
                refused.addNanosAsMillis(took);
                offered = PortalClient.JSON.readValue(response.body(), SlotTaken.class).nextFree();
                outcome = new Outcome(null, attempt);
            }
            if (outcome == null) {
                outcome = new Outcome(null, 0);
            }
        } catch (Throwable e) {
            failure = e;
            ready.countDown();
        }
    }

    /** Every citizen at home behind an address of their own, as the rush comes in through the town's proxy. */
    private static String address(int number) {
        return "10." + (number >> 16 & 0xff) + "." + (number >> 8 & 0xff) + "." + (number & 0xff);
    }

    Outcome outcome() {
        if (failure instanceof BenchFailure benchFailure) {
            throw benchFailure;
        }
        if (failure != null) {
            throw new IllegalStateException("citizen " + number + " failed: " + failure, failure);
        }
        return outcome;
    }
}
