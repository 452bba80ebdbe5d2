package de.foyer.server.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Request logs name the route, never what was asked for: no tokens, no query strings, no bodies. */
class RequestLogTest {

    @Test
    void aRequestIsLoggedByItsRoutePatternWithoutItsParametersOrBody() {
        Logger requests = (Logger) LoggerFactory.getLogger("foyer.requests");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        requests.addAppender(captured);
        try (TestServer server = TestServer.start()) {
            Http.Response ticket = server.http.post("/api/v1/kiosk/tickets", TestServer.KIOSK,
                    "{\"service\":\"anmeldung\",\"note\":\"Erika Mustermann\"}");
            String id = ticket.json().path("ticket").path("id").asText();
            String clerk = server.http.login("clerk1");
            server.http.post("/api/v1/tickets/" + id + "/recall?name=Erika", clerk, null);

            String log = String.join("\n", captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
            assertThat(log).contains("POST /api/v1/kiosk/tickets 201", "POST /api/v1/tickets/{id}/recall 409");
            assertThat(log).doesNotContain(id, "Erika", "Mustermann", TestDatabase.SECRET, "kiosk-1.");
        } finally {
            requests.detachAppender(captured);
        }
    }
}
