package de.foyer.server.mail;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach the mail server; without a host no mail is sent and the outbox keeps everything.
 * {@code trustedCertificate}: a PEM file (the town's own CA or the relay's certificate) trusted
 * instead of the Java runtime's authorities.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from,
                           MailTls tls, Optional<Path> trustedCertificate) {

    public static MailSettings off() {
        return new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), "noreply@localhost",
                MailTls.STARTTLS, Optional.empty());
    }

    public static MailSettings at(String host, int port) {
        return off().withServer(host, port);
    }

    public MailSettings withServer(String host, int port) {
        return new MailSettings(Optional.of(host), port, user, password, from, tls, trustedCertificate);
    }

    public MailSettings withLogin(String user, String password) {
        return new MailSettings(host, port, Optional.of(user), Optional.of(password), from, tls, trustedCertificate);
    }

    public MailSettings withTls(MailTls tls) {
        return new MailSettings(host, port, user, password, from, tls, trustedCertificate);
    }

    public MailSettings trusting(Path certificate) {
        return new MailSettings(host, port, user, password, from, tls, Optional.of(certificate));
    }

    public boolean enabled() {
        return host.isPresent();
    }
}
