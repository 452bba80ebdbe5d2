package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sounds a call: the chime, then the spoken announcement, one call after the other. It runs on
 * its own thread because both block for seconds and the screen must keep moving meanwhile.
 */
public final class CallSignal {

    private static final Logger log = LoggerFactory.getLogger(CallSignal.class);
    private final Chime chime;
    private final Announcer announcer;
    private final Executor executor;

    /** With {@code Runnable::run} as executor the sounds play on the caller's thread (tests). */
    public CallSignal(Chime chime, Announcer announcer, Executor executor) {
        this.chime = chime;
        this.announcer = announcer;
        this.executor = executor;
    }

    /** One daemon thread for all sounds, so two quick calls are heard in order and not over each other. */
    public static CallSignal onOwnThread(Chime chime, Announcer announcer) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread sounds = new Thread(runnable, "call-sounds");
            sounds.setDaemon(true);
            return sounds;
        });
        return new CallSignal(chime, announcer, thread);
    }

    public static CallSignal silent() {
        return new CallSignal(Chime.silent(), Announcer.silent(), Runnable::run);
    }

    public void signal(CallInfo call) {
        executor.execute(() -> {
            try {
                chime.play();
                announcer.announce(call);
            } catch (RuntimeException e) {
                log.error("Could not sound the call of {}", call.ticket(), e);
            }
        });
    }
}
