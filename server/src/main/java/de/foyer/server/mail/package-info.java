/**
 * Outgoing mail: an outbox table that survives a mail server being down, a sender that retries
 * with growing pauses, and the SMTP connection (Angus Mail). What a mail says is composed by the
 * feature that queued it, at the moment it is sent.
 */
package de.foyer.server.mail;
