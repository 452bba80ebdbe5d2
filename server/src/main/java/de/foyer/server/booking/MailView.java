package de.foyer.server.booking;

import de.foyer.protocol.CitizenLanguage;

import java.util.ArrayList;
import java.util.List;

/**
 * A booking mail's HTML part: the same sections as the plain text, each in its language and
 * direction, made from that text so both say the same. {@code qr} names the inline QR picture
 * (null for none), shown after the first section.
 */
public record MailView(String subject, List<Section> sections, String qr, String qrAlt, List<String> contact) {

    /** One language's text: paragraphs of lines, a paragraph that is only a link made clickable. */
    public record Section(String lang, String dir, List<Paragraph> paragraphs) {

        /** The plain text as the mail has it, cut into paragraphs at blank lines. */
        static Section of(CitizenLanguage language, String text) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String paragraph : text.split("\n\n")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(new Paragraph(paragraph.lines().map(String::strip).toList()));
                }
            }
            return new Section(language.code(), language.direction(), paragraphs);
        }
    }

    public record Paragraph(List<String> lines) {

        /** The link of a line that is nothing else: the cancel and booking links. */
        public String link(String line) {
            return line.startsWith("https://") || line.startsWith("http://") ? line : null;
        }
    }
}
