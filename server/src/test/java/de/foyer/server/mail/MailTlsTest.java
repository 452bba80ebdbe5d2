package de.foyer.server.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server is reached over TLS with its certificate and host name checked: a server that
 * offers no STARTTLS gets nothing by default, a server that offers it gets the mail and the login
 * only after the switch to TLS, and GreenMail's TLS port with a certificate for "localhost" (made
 * here, trusted by this test only) receives the mail.
 */
class MailTlsTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);

    @TempDir
    static Path keys;
    private static Path certificate;
    private final int port = freePort();
    private GreenMail mailServer;
    private BookingTestServer server;

    /** A key pair for "localhost" only (no address), so that a connection to 127.0.0.1 fails the host-name check. */
    @BeforeAll
    static void makeCertificate() throws Exception {
        Path keyStore = keys.resolve("mail.p12");
        certificate = keys.resolve("mail.pem");
        keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "mail", "-keystore", keyStore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        System.setProperty("greenmail.tls.keystore.file", keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void byDefaultAServerWithoutStartTlsGetsNoMailAndTheBookingStillSucceeds() {
        startMailServer(ServerSetup.PROTOCOL_SMTP);
        startServer(MailSettings.at("localhost", port).withLogin("relay", "relay-password").trusting(certificate));

        Http.Response booked = server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(booked.status()).isEqualTo(201);
        assertThat(server.runJobs()).isZero();
        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(server.count("mail_outbox WHERE sent_at IS NULL AND attempts = 1 AND last_error IS NOT NULL"))
                .as("the mail waits in the outbox").isEqualTo(1);
    }

    /** The default setting (STARTTLS required) against a relay that offers it and wants TLS before anything else. */
    @Test
    void byDefaultARelayThatOffersStartTlsGetsTheMailAndTheLoginOverTls() throws Exception {
        List<String> logins = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        SMTPServer relay = SMTPServer.port(port).hostName("localhost")
                .startTlsSocketFactory(sslContext())
                .requireTLS()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> logins.add(user + ":" + password)))
                .requireAuth()
                .messageHandler((context, from, to, data) -> received.add(new String(data, StandardCharsets.UTF_8)))
                .build();
        relay.start();
        try {
            startServer(MailSettings.at("localhost", port).withLogin("relay", "relay-password").trusting(certificate));

            server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
            assertThat(server.runJobs()).isEqualTo(1);
            assertThat(logins).containsExactly("relay:relay-password");
            assertThat(received).hasSize(1);
            assertThat(received.get(0)).contains("erika@example.de");
        } finally {
            relay.stop();
        }
    }

    @Test
    void explicitlyUnencryptedMailGoesOut() {
        startMailServer(ServerSetup.PROTOCOL_SMTP);
        startServer(MailSettings.at("localhost", port).withTls(MailTls.NONE));

        server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(server.runJobs()).isEqualTo(1);
    }

    @Test
    void overTlsWithATrustedCertificateTheMailIsDelivered() throws Exception {
        startMailServer(ServerSetup.PROTOCOL_SMTPS);
        startServer(MailSettings.at("localhost", port).withTls(MailTls.SMTPS).withLogin("relay", "relay-password")
                .trusting(certificate));

        server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(server.runJobs()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(mailServer.getReceivedMessages()[0].getSubject()).contains("Terminbestätigung");
    }

    @Test
    void anUntrustedCertificateOrAnotherHostNameIsRefused() {
        startMailServer(ServerSetup.PROTOCOL_SMTPS);
        startServer(MailSettings.at("localhost", port).withTls(MailTls.SMTPS));
        server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(server.runJobs()).as("a certificate no authority of the runtime signed").isZero();
        server.close();

        startServer(MailSettings.at("127.0.0.1", port).withTls(MailTls.SMTPS).trusting(certificate));
        server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(server.runJobs()).as("the certificate names localhost, not 127.0.0.1").isZero();
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    private void startServer(MailSettings mail) {
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mail), 100_000);
    }

    private void startMailServer(String protocol) {
        mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", protocol));
        mailServer.setUser("relay", "relay-password");
        mailServer.start();
    }

    /** The relay's side of TLS: the key pair for "localhost" made above. */
    private static SSLContext sslContext() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve("mail.p12"))) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as(output).isTrue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
