package de.foyer.server.mail;

import java.util.List;

/**
 * One mail as composed: the plain text, complete on its own; an HTML part with the same content
 * (null for none), escaped by its template so no name a citizen typed can become markup; and
 * attachments.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments) {

    /** A file sent along; {@code inline} ones are shown in the HTML part, which names them by file name (cid:). */
    public record Attachment(String fileName, String contentType, byte[] content, boolean inline) {
    }
}
