package de.foyer.bench.server;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A clerk's kept connection against a plain socket server that answers as Jetty does. */
class KeptConnectionTest {

    /** "next" with nobody waiting answers 204 without a body or a length; the connection goes on to the next request. */
    @Test
    void aNoContentAnswerEndsAtItsHeadersAndTheConnectionIsKept() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> heads = CompletableFuture.supplyAsync(() -> answerTwice(server));
            URI base = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
            try (KeptConnection connection = new KeptConnection(base, null)) {
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    assertThat(connection.post("/api/v1/counters/1/next", null, "secret").status()).isEqualTo(204);
                    KeptConnection.Answer second = connection.post("/api/v1/counters/1/next", null, "secret");
                    assertThat(second.status()).isEqualTo(200);
                    assertThat(second.body()).isEqualTo("{}");
                });
            }
            List<String> sent = heads.get();
            assertThat(sent).hasSize(2).allSatisfy(head -> assertThat(head)
                    .startsWith("POST /api/v1/counters/1/next HTTP/1.1")
                    .contains("Authorization: Bearer secret")
                    .contains("Content-Length: 0")
                    .doesNotContain("X-Forwarded-For"));
        }
    }

    /** Both requests on one accepted connection: a second connection would find no listener waiting. */
    private static List<String> answerTwice(ServerSocket server) {
        try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            List<String> heads = new ArrayList<>();
            String[] answers = {"HTTP/1.1 204 No Content\r\nDate: Mon, 07 Dec 2026 10:00:00 GMT\r\n\r\n",
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"};
            for (String answer : answers) {
                StringBuilder head = new StringBuilder();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    head.append(line).append('\n');
                }
                heads.add(head.toString());
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return heads;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
