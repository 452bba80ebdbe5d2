package de.foyer.server.mail;

import de.foyer.protocol.retry.Backoff;
import jakarta.mail.MessagingException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends what is due from the outbox, one mail per transaction. The row stays locked while its mail
 * is sent (SKIP LOCKED), so several server instances never send the same mail twice; a failure
 * only postpones the mail, with a longer pause each time.
 */
public final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_PER_RUN = 200;
    /** The pause before the next attempt: one minute, doubling, at most an hour. */
    static final Backoff RESEND_BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailSettings settings;
    private final SmtpMailer mailer;
    private final MailComposer composer;

    public OutboxSender(Jdbi jdbi, Clock clock, MailSettings settings, MailComposer composer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.settings = settings;
        this.mailer = new SmtpMailer(settings, clock);
        this.composer = composer;
    }

    /** Sends the mails that are due; returns how many went out. Stops at the first failure: the server is likely down. */
    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Outcome outcome = jdbi.inTransaction(this::sendNext);
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome != Outcome.DROPPED) {
                break;
            }
        }
        return sent;
    }

    private enum Outcome { SENT, DROPPED, FAILED, NOTHING_DUE }

    private Outcome sendNext(Handle handle) {
        Instant now = clock.instant();
        MailOutboxDao outbox = new MailOutboxDao(handle);
        Optional<MailOutboxDao.Row> due = outbox.lockNextDue(now);
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        MailOutboxDao.Row row = due.get();
        Optional<OutgoingMail> mail = composer.compose(handle, row.kind(), row.subjectId(), now);
        if (mail.isEmpty()) {
            outbox.markDropped(row.id(), now);
            return Outcome.DROPPED;
        }
        try {
            mailer.send(mail.get());
            outbox.markSent(row.id(), now);
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            int attempts = row.attempts() + 1;
            // The error's class only: messages of mail servers may quote the recipient's address.
            outbox.markFailed(row.id(), attempts, now.plus(RESEND_BACKOFF.delayAfter(attempts)), e.getClass().getSimpleName());
            log.warn("Mail {} {} could not be sent (attempt {}, {}); it waits in the outbox", row.kind(), row.id(), attempts,
                    e.getClass().getSimpleName());
            return Outcome.FAILED;
        }
    }
}
