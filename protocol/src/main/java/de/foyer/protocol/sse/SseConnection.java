package de.foyer.protocol.sse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Flow;

/**
 * One HTTP request of an event stream, turned into a queue of signals that the stream's thread
 * takes with a timeout. Waiting on a queue rather than on a blocking read is what lets that thread
 * notice a silent connection: the JDK client has no read timeout for a body. Chunks are requested
 * one at a time, so a slow listener slows the socket down instead of filling memory.
 */
final class SseConnection {

    sealed interface Signal permits Opened, Received, Ended {
    }

    /** The status line and headers arrived. */
    record Opened(int status, String contentType) implements Signal {
        boolean isEventStream() {
            return contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
        }
    }

    /** A chunk of the body arrived, completing these lines (maybe none). */
    record Received(List<String> lines) implements Signal {
    }

    /** The response ended: normally when {@code error} is null. */
    record Ended(Throwable error) implements Signal {
    }

    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final ChunkSubscriber chunks = new ChunkSubscriber();
    private volatile CompletableFuture<?> response;
    private volatile boolean cancelled;

    private SseConnection() {
    }

    static SseConnection open(HttpClient client, HttpRequest request) {
        SseConnection connection = new SseConnection();
        CompletableFuture<HttpResponse<Void>> sent = client.sendAsync(request, connection::bodyFor);
        // Keep the future sendAsync returned: cancelling a stage derived from it would not
        // reach the request that is still waiting for the server's answer.
        connection.response = sent;
        sent.whenComplete((ignored, error) -> {
            if (error != null) {
                connection.signals.add(new Ended(unwrap(error)));
            }
        });
        return connection;
    }

    /** The next signal, or {@code null} if none came within {@code timeout}. */
    Signal next(Duration timeout) throws InterruptedException {
        Signal signal = signals.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (signal instanceof Received) {
            chunks.requestOne();
        }
        return signal;
    }

    /** Drops the request or the response body; the JDK then closes the HTTP/1.1 connection. */
    void cancel() {
        cancelled = true;
        chunks.cancel();
        CompletableFuture<?> pending = response;
        if (pending != null) {
            pending.cancel(true);
        }
    }

    private HttpResponse.BodySubscriber<Void> bodyFor(HttpResponse.ResponseInfo info) {
        Opened opened = new Opened(info.statusCode(),
                info.headers().firstValue("Content-Type").orElse(""));
        signals.add(opened);
        if (opened.status() == 200 && opened.isEventStream()) {
            return BodySubscribers.fromSubscriber(chunks);
        }
        return BodySubscribers.discarding();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
    }

    private final class ChunkSubscriber implements Flow.Subscriber<List<ByteBuffer>> {

        private final LineSplitter splitter = new LineSplitter();
        private volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            if (cancelled) {
                newSubscription.cancel();
            } else {
                newSubscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            List<String> lines = buffers.stream()
                    .flatMap(buffer -> splitter.split(buffer).stream())
                    .toList();
            signals.add(new Received(lines));
        }

        @Override
        public void onError(Throwable error) {
            signals.add(new Ended(error));
        }

        @Override
        public void onComplete() {
            signals.add(new Ended(null));
        }

        void requestOne() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.request(1);
            }
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
