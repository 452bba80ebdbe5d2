/**
 * The wire format between the server and its clients (kiosks, displays, consoles, other systems
 * of the town): records that serialise to the JSON of the HTTP contract, so both sides share one
 * definition of every message.
 */
package de.foyer.protocol;
