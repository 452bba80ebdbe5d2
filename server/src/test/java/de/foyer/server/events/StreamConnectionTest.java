package de.foyer.server.events;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A publisher queues each message for hundreds of connections while holding its audience's lock.
 * If queueing waited for a write under way (a writer thread descheduled in the middle of a socket
 * write on a busy machine), every screen of the audience would wait with it.
 */
class StreamConnectionTest {

    @Test
    void queueingNeverWaitsForAWriteUnderWay() throws Exception {
        SlowSocket socket = new SlowSocket();
        List<StreamConnection.Ending> endings = new ArrayList<>();
        StreamConnection connection = new StreamConnection(socket, 64 * 1024, Optional.empty(), (closed, ending) -> endings.add(ending));
        Thread writer = new Thread(() -> connection.start(List.of(bytes("state"))), "writer");
        writer.start();
        assertThat(socket.writing.await(5, TimeUnit.SECONDS)).as("the writer is in the middle of a write").isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(connection.enqueue(bytes("call 1"))).isNull();
            assertThat(connection.claimWrite()).as("nobody has been asked to write it yet").isTrue();
            assertThat(connection.enqueue(bytes("call 2"))).isNull();
            assertThat(connection.claimWrite()).as("asked once is enough").isFalse();
        });

        socket.release.countDown();
        writer.join(5_000);
        connection.write();
        assertThat(socket.written()).isEqualTo("statecall 1call 2");
        assertThat(endings).isEmpty();
    }

    @Test
    void aClientThatFallsBehindItsBudgetIsCutOffWhileOneLargeMessageAlwaysFits() {
        SlowSocket socket = new SlowSocket();
        StreamConnection connection = new StreamConnection(socket, 10, Optional.empty(), (closed, ending) -> { });

        assertThat(connection.enqueue(bytes("a first view larger than the budget"))).isNull();
        assertThat(connection.enqueue(bytes("more"))).isEqualTo(StreamConnection.Ending.BUFFER_FULL);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A socket whose first write takes until the test lets it go; always ready, as a healthy client's is. */
    private static final class SlowSocket extends ServletOutputStream {

        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
            received.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            synchronized (received) {
                received.write(bytes, offset, length);
            }
        }

        String written() {
            synchronized (received) {
                return received.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
