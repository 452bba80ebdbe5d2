/**
 * The one way Foyer waits between attempts that failed: the event stream's reconnections, the
 * barcode scanner's reopening (hardware), the mail outbox's resending and the server's event
 * listener and database supervisor all use {@link de.foyer.protocol.retry.Backoff}.
 */
package de.foyer.protocol.retry;
