package de.foyer.server.client;

import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.client.ServerClient;
import de.foyer.protocol.client.ServerRefusal;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The devices' client against the real server: answers as records, refusals with their code. */
class ServerClientTest {

    @Test
    void aKioskReadsTheCatalogueDrawsTicketsAndReportsItsPrinter() throws Exception {
        try (TestServer server = TestServer.start()) {
            ServerClient kiosk = new ServerClient(URI.create("http://localhost:" + server.port()), TestServer.KIOSK, Duration.ofSeconds(5));

            assertThat(kiosk.services("buergerbuero").categories()).hasSize(7);
            TicketIssued issued = kiosk.issueTicket("anmeldung", 2);
            assertThat(issued.ticket().number()).isEqualTo("C001");
            assertThat(issued.ticket().persons()).isEqualTo(2);
            assertThat(kiosk.waits("buergerbuero").services())
                    .anySatisfy(wait -> {
                        assertThat(wait.service()).isEqualTo("anmeldung");
                        assertThat(wait.waiting()).isEqualTo(1);
                        assertThat(wait.estimatedWaitMinutes()).isPositive();
                    });

            kiosk.heartbeat("PAPER_OUT");
            String reported = server.database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT printer_status FROM devices WHERE id = 'kiosk-1'").mapTo(String.class).one());
            assertThat(reported).isEqualTo("PAPER_OUT");
        }
    }

    @Test
    void aRefusalCarriesTheServersCode() {
        try (TestServer server = TestServer.start()) {
            server.clock.set(LocalDateTime.of(2026, 11, 29, 10, 0));
            ServerClient kiosk = new ServerClient(URI.create("http://localhost:" + server.port()), TestServer.KIOSK, Duration.ofSeconds(5));

            assertThatThrownBy(() -> kiosk.issueTicket("anmeldung", null))
                    .isInstanceOfSatisfying(ServerRefusal.class, refusal -> {
                        assertThat(refusal.status()).isEqualTo(409);
                        assertThat(refusal.code()).isEqualTo("OFFICE_CLOSED");
                    });
        }
    }

    @Test
    void aServerThatCannotBeReachedIsAnIoFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerClient kiosk = new ServerClient(URI.create("http://localhost:" + closedPort), TestServer.KIOSK, Duration.ofSeconds(2));

        assertThatThrownBy(() -> kiosk.issueTicket("anmeldung", null)).isInstanceOf(IOException.class);
    }
}
