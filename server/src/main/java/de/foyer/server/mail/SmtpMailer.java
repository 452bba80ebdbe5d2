package de.foyer.server.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Sends one mail over SMTP. Short timeouts: a hanging mail server must not hold the outbox up for long. */
public final class SmtpMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;
    private final Clock clock;

    public SmtpMailer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElse("localhost"));
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        protect(properties, settings);
        this.session = Session.getInstance(properties);
    }

    /**
     * Names, cancel links and the relay's password travel in these mails: STARTTLS is required, not
     * merely tried, so a relay (or someone in between) that drops the offer gets nothing.
     */
    private static void protect(Properties properties, MailSettings settings) {
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case SMTPS -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> {
                if (settings.enabled()) {
                    log.warn("FOYER_SMTP_TLS=none: mails and the mail server's password go to {} unencrypted",
                            settings.host().get());
                }
                return;
            }
        }
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        settings.trustedCertificate().ifPresent(file -> properties.put("mail.smtp.ssl.socketFactory", TrustedCertificate.socketFactory(file)));
    }

    public void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setContent(body(mail));
        message.saveChanges();
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }
    /**
     * multipart/mixed: the text and its HTML twin as alternatives, the HTML with its inline pictures
     * (multipart/related, so "cid:" finds them), then the other attachments. Without HTML the inline
     * pictures stand beside the text, as before.
     */
    private static MimeMultipart body(OutgoingMail mail) throws MessagingException {
        MimeMultipart body = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        List<OutgoingMail.Attachment> inline = mail.attachments().stream().filter(OutgoingMail.Attachment::inline).toList();
        if (mail.html() == null) {
            body.addBodyPart(text);
            for (OutgoingMail.Attachment attachment : inline) {
                body.addBodyPart(part(attachment));
            }
        } else {
            MimeMultipart related = new MimeMultipart("related");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            related.addBodyPart(html);
            for (OutgoingMail.Attachment attachment : inline) {
                related.addBodyPart(part(attachment));
            }
            MimeBodyPart htmlWithPictures = new MimeBodyPart();
            htmlWithPictures.setContent(related);
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(htmlWithPictures);
            MimeBodyPart both = new MimeBodyPart();
            both.setContent(alternatives);
            body.addBodyPart(both);
        }
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            if (!attachment.inline()) {
                body.addBodyPart(part(attachment));
            }
        }
        return body;
    }

    private static MimeBodyPart part(OutgoingMail.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(attachment.inline() ? Part.INLINE : Part.ATTACHMENT);
        if (attachment.inline()) {
            part.setContentID("<" + attachment.fileName() + ">");
        }
        return part;
    }
}
