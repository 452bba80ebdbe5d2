package de.foyer.server.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Optional;

/** The parts of a received mail, found by content type however deeply they are nested. */
public final class MailParts {

    private MailParts() {
    }

    public static Optional<BodyPart> part(Object content, String type) throws Exception {
        if (!(content instanceof Multipart parts)) {
            return Optional.empty();
        }
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                return Optional.of(part);
            }
            Optional<BodyPart> inner = part(part.getContent(), type);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** The plain text of a mail, with its line ends as Java writes them. */
    public static String text(MimeMessage mail) throws Exception {
        return ((String) part(mail.getContent(), "text/plain").orElseThrow().getContent()).replace("\r\n", "\n");
    }
}
