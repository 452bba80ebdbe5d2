/**
 * The server under measurement: the real Foyer on an embedded PostgreSQL with production
 * durability, in this JVM or in a child JVM of its own, and the load put on it (clerks,
 * counters, tickets and display devices) through SQL, the device service and HTTP.
 */
package de.foyer.bench.server;
