package de.foyer.server.mail;

import java.util.List;

/** One mail as composed: plain text (so no name a citizen typed can ever become markup) and attachments. */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {

    /** A file sent along; {@code inline} ones are shown in the text by mail programs that can. */
    public record Attachment(String fileName, String contentType, byte[] content, boolean inline) {
    }
}
