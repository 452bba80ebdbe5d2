/**
 * Notifications near your turn: a citizen who asks on the ticket page is told on their phone when
 * few are ahead and when they are called, so they can leave the waiting room and come back. Web
 * Push needs no phone number and no account; the subscription lives only as long as the ticket
 * waits. The encryption and the VAPID signature (RFC 8291, 8292) are the {@code com.interaso:webpush}
 * library's; we send with the JDK's HTTP client so that a slow push service has a time limit and
 * never holds a thread. Which notice is due is decided in {@link de.foyer.server.notify.Notice},
 * apart from any I/O; a notice is claimed in SQL before it is sent, so two server instances that
 * hear the same event tell the citizen once.
 */
package de.foyer.server.notify;
