package de.foyer.server.mail;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Optional;

/** Writes a queued mail when it is due; empty when it should no longer go out (cancelled, erased, too late). */
public interface MailComposer {

    Optional<OutgoingMail> compose(Handle handle, String kind, String subjectId, Instant now);
}
