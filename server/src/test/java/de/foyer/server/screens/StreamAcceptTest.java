package de.foyer.server.screens;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static de.foyer.server.testing.TestServer.DISPLAY_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract: streams answer with {@code text/event-stream} whatever the request's
 * {@code Accept} says, never with an empty 200. A request without any Accept header, or one that
 * asks for JSON, gets the stream and its state like any EventSource.
 */
@ExtendWith(Fixtures.class)
class StreamAcceptTest {

    private TestServer server;
    private Office office;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        office = new Office(server);
    }

    @Test
    void everyStreamAnswersWithItsStateWithoutAnAcceptHeader() throws IOException {
        String clerk = server.http.login("clerk1");
        String ticket = office.draw();
        for (String accept : new String[] {null, "application/json", "*/*"}) {
            assertStream("/api/v1/display/stream", "Authorization: Bearer " + DISPLAY_A, accept);
            assertStream("/api/v1/events", "Authorization: Bearer " + clerk, accept);
            assertStream("/display/buergerbuero-a/stream", "Cookie: " + DisplayAccess.COOKIE + "=" + DISPLAY_A, accept);
            assertStream(ticket + "/stream", null, accept);
        }
    }

    private void assertStream(String path, String credential, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.0\r\nHost: localhost\r\n"
                    + (credential == null ? "" : credential + "\r\n")
                    + (accept == null ? "" : "Accept: " + accept + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> head = new ArrayList<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.add(line.toLowerCase());
            }
            assertThat(head).as(path + " with Accept " + accept).isNotEmpty();
            assertThat(head.get(0)).as(path + " with Accept " + accept).contains(" 200");
            assertThat(head).as(path).anySatisfy(line -> assertThat(line).startsWith("content-type: text/event-stream"));
            String first = reader.readLine();
            while (first != null && !first.startsWith("event: ")) {
                first = reader.readLine();
            }
            assertThat(first).as(path + " with Accept " + accept).isEqualTo("event: state");
        }
    }
}
