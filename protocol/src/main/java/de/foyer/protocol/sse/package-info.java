/**
 * A Server-Sent Events client that keeps a screen following the server: it parses the event
 * stream, reconnects by itself with backoff after any failure, and notices connections that
 * died silently, so that displays, kiosks and consoles recover without anyone touching them.
 *
 * <p>Start with {@link de.foyer.protocol.sse.EventStream#builder}.
 */
package de.foyer.protocol.sse;
