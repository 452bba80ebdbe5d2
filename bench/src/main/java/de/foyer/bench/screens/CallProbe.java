package de.foyer.bench.screens;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.server.ChildServer;
import de.foyer.bench.server.ClerkDesk;
import de.foyer.protocol.client.ServerClient;

import java.time.Duration;
import java.util.List;

/**
 * Times calls to the screens of a server started with the demo office: the kiosk issues a walk-in
 * ticket, clerk1 at counter 1 calls it, and the clock runs until every screen has the call.
 */
final class CallProbe {

    /** Counter 1 serves registration, so this ticket lands there. */
    private static final String SERVICE = "meldebescheinigung";
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final ServerClient kiosk;
    private final ClerkDesk clerk;

    private CallProbe(ServerClient kiosk, ClerkDesk clerk) {
        this.kiosk = kiosk;
        this.clerk = clerk;
    }

    static CallProbe open(ChildServer server, String secret) throws Exception {
        ClerkDesk clerk = new ClerkDesk(server.uri("/"), "buergerbuero-1").login("clerk1", secret);
        clerk.open();
        return new CallProbe(new ServerClient(server.uri("/"), server.deviceToken("kiosk-1"), Duration.ofSeconds(30)), clerk);
    }

    /** Makes {@code calls} calls one after the other; the slowest, in ms, until all {@code screens} had it (infinite if one never did). */
    double slowest(CallArrivals arrivals, int screens, int calls) throws Exception {
        double slowest = 0;
        for (int call = 0; call < calls; call++) {
            kiosk.issueTicket(SERVICE, 1);
            long start = System.nanoTime();
            String number = clerk.next().orElseThrow(() -> new BenchFailure("the ticket just issued was not there to call")).number();
            if (!arrivals.awaitAll(List.of(number), screens, GIVE_UP)) {
                return Double.POSITIVE_INFINITY;
            }
            slowest = Math.max(slowest, (arrivals.delivery(number).last() - start) / 1e6);
        }
        return slowest;
    }
}
