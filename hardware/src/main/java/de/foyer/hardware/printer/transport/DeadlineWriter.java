package de.foyer.hardware.printer.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking I/O (serial writes, device files) on a worker thread and gives up after a deadline.
 * Those writes cannot time out by themselves; when one overruns, the resource is closed, which
 * unblocks the worker in most cases, and the caller gets an exception either way.
 */
final class DeadlineWriter implements Closeable {

    /** Small pieces so that the deadline measures progress, not the length of the whole ticket. */
    static final int CHUNK_BYTES = 512;

    interface BlockingIo<T> {
        T run() throws IOException;
    }

    interface ChunkSink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    private final ExecutorService worker;
    private final Closeable onTimeout;

    DeadlineWriter(String threadName, Closeable onTimeout) {
        this.onTimeout = onTimeout;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    void write(byte[] bytes, Duration timeout, ChunkSink sink) throws IOException {
        for (int offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
            int start = offset;
            int length = Math.min(CHUNK_BYTES, bytes.length - offset);
            call(() -> {
                sink.write(bytes, start, length);
                return null;
            }, timeout, "took no data");
        }
    }

    <T> T call(BlockingIo<T> io, Duration timeout, String whatWentWrong) throws IOException {
        Future<T> result = worker.submit(io::run);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            onTimeout.close();
            throw new InterruptedIOException("Printer " + whatWentWrong + " for " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            onTimeout.close();
            throw new InterruptedIOException("Interrupted while talking to the printer");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
