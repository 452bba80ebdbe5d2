package de.foyer.server.operations;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** /health is UP only while the database takes a write, not merely while it answers a read. */
@ExtendWith(Fixtures.class)
class HealthTest {

    private TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
    }

    @Test
    void aDatabaseThatReadsButCannotWriteIsDown() throws InterruptedException {
        Http.Response up = server.http.get("/health", null);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asText()).isEqualTo("UP");

        // As on a full disk or a read-only mount: reads go on, every write fails.
        server.database.jdbi().useHandle(handle -> handle.execute(
                "ALTER DATABASE " + handle.createQuery("SELECT current_database()").mapTo(String.class).one()
                        + " SET default_transaction_read_only = on"));
        // The setting reaches new sessions only; the pool may still be opening some it began before.
        Http.Response down = server.http.get("/health", null);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (down.status() == 200 && System.nanoTime() < deadline) {
            server.database.renewConnections();
            Thread.sleep(200);
            down = server.http.get("/health", null);
        }
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services", null).status()).as("reads still work").isEqualTo(200);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
    }
}
