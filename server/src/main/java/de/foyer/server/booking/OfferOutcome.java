package de.foyer.server.booking;

/** What became of a time offered from the waiting list; stored by name in {@code waiting_offers.outcome}, null while open. */
public enum OfferOutcome {
    TAKEN, DECLINED, LAPSED
}
