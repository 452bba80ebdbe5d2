package de.foyer.server.booking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The lots of a draw: every order of the requests equally likely, whatever order they came in. */
final class Draw {

    private Draw() {
    }

    /** The requests in the order their lots give: the first is served first. {@code random} is a SecureRandom in the server. */
    static <T> List<T> byLot(List<T> requests, Random random) {
        List<T> order = new ArrayList<>(requests);
        Collections.shuffle(order, random);
        return order;
    }
}
