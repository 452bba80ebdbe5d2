/**
 * Every change a screen shows is an event. Events travel through PostgreSQL's LISTEN/NOTIFY, sent in
 * the transaction that made the change: they exist only once it commits, and every server instance
 * on the same database hears them (the publishing one at its commit, the others by NOTIFY). The SSE streams send full state on connect, then events, all
 * through one {@link de.foyer.server.events.StreamHub}: a subscriber is an audience key (a waiting
 * area, an office, a ticket) plus a connection with a bounded, non-blocking queue.
 */
package de.foyer.server.events;
