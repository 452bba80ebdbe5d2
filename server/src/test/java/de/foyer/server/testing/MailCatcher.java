package de.foyer.server.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.foyer.server.mail.MailSettings;
import de.foyer.server.mail.MailTls;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free local port that keeps every mail the server under test sends. */
public final class MailCatcher implements AutoCloseable {

    private final int port;
    private final GreenMail greenMail;

    private MailCatcher(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public static MailCatcher start() {
        return new MailCatcher(freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the server under test reaches it: plain SMTP on the loopback. */
    public MailSettings settings() {
        return MailSettings.at("127.0.0.1", port).withTls(MailTls.NONE);
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    /** The mails to this address (GreenMail compares the end of each recipient's address). */
    public MimeMessage[] receivedFor(String address) {
        return greenMail.getReceivedMessagesForDomain(address);
    }

    /** The mails to this address whose subject contains the words. */
    public List<MimeMessage> receivedFor(String address, String subject) {
        return Arrays.stream(receivedFor(address)).filter(mail -> {
            try {
                return mail.getSubject().contains(subject);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
