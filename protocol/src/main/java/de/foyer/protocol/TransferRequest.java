package de.foyer.protocol;

/** Hands a ticket on to another service or to one counter; exactly one of the two is set. */
public record TransferRequest(String service, String counter) {
}
