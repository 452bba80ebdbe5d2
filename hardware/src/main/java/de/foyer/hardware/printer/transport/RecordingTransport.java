package de.foyer.hardware.printer.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake printer line for tests: keeps every write, answers status requests with bytes set by
 * the test (or stays silent like a one-way transport), and can be made unreachable.
 */
public final class RecordingTransport implements PrinterTransport {

    private final List<byte[]> writes = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> statusAnswers = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    /** A one-way fake (like a device file): status requests get no answer. */
    public RecordingTransport() {
    }

    /** Answers DLE EOT {@code n} with {@code answer}; after this the fake is two-way. */
    public RecordingTransport answerStatus(int n, int answer) {
        statusAnswers.put(n, answer);
        return this;
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** Every write so far, in order, each as it was sent. */
    public List<byte[]> writes() {
        return new ArrayList<>(writes);
    }

    @Override
    public PrinterConnection open() throws IOException {
        if (!reachable) {
            throw new IOException("Connection refused (fake)");
        }
        return new PrinterConnection() {
            @Override
            public void write(byte[] bytes) {
                writes.add(bytes.clone());
            }

            @Override
            public OptionalInt requestStatus(int n) throws IOException {
                if (statusAnswers.isEmpty()) {
                    return OptionalInt.empty();
                }
                Integer answer = statusAnswers.get(n);
                if (answer == null) {
                    throw new IOException("No answer to DLE EOT " + n + " (fake)");
                }
                return OptionalInt.of(answer);
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        };
    }

    @Override
    public String describe() {
        return "recording";
    }
}
