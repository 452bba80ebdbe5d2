package de.foyer.protocol.booking;

import java.time.OffsetDateTime;

/**
 * The 202 answer to an online booking for a newly released day whose times are drawn by lot: the
 * request takes part in the draw at {@code drawAt}, and its outcome comes by mail.
 */
public record DrawEntered(String status, OffsetDateTime drawAt, String message) {

    public static final String IN_DRAW = "IN_DRAW";
}
