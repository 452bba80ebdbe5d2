package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CallSignalTest {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Test
    void theChimeComesBeforeTheWordsAndCallsAreHeardInOrder() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        CallSignal signal = CallSignal.onOwnThread(() -> heard.add("chime"), call -> {
            heard.add(call.ticket());
            done.countDown();
        });
        signal.signal(call("A001"));
        signal.signal(call("A002"));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly("chime", "A001", "chime", "A002");
    }

    @Test
    void aFailingChimeDoesNotStopTheNextCall() {
        CallSignal signal = new CallSignal(() -> {
            throw new IllegalStateException("speaker unplugged");
        }, call -> heard.add(call.ticket()), Runnable::run);
        signal.signal(call("A001"));
        new CallSignal(() -> heard.add("chime"), call -> heard.add(call.ticket()), Runnable::run).signal(call("A002"));
        assertThat(heard).containsExactly("chime", "A002");
    }

    private static CallInfo call(String ticket) {
        return new CallInfo(ticket, "1", OffsetDateTime.now(), 0);
    }
}
