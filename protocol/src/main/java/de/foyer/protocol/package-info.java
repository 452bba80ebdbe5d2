/**
 * The wire format between the server and its clients (kiosks, displays, consoles, other systems
 * of the town): records that serialise to the JSON of the HTTP contract, so both sides share one
 * definition of every message. Beside the records: the event-stream client ({@code sse}) and the
 * one backoff every retry loop in Foyer uses ({@code retry}), so that {@code hardware} and
 * {@code server} depend on this module for it.
 */
package de.foyer.protocol;
