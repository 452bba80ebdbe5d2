/**
 * Every change a screen shows is an event. Events travel through PostgreSQL's LISTEN/NOTIFY, sent in
 * the transaction that made the change: they exist only once it commits, and every server instance
 * on the same database hears them. The SSE streams send full state on connect, then events.
 */
package de.foyer.server.events;
