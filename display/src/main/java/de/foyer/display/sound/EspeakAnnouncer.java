package de.foyer.display.sound;

import de.foyer.hardware.voice.Espeak;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.voice.AnnouncementText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Speaks calls with espeak-ng: German, then the called citizen's language in its own voice. A
 * missing or failing program costs only the voice: the failure is logged once and the screen goes on.
 */
public final class EspeakAnnouncer implements Announcer {

    private static final Logger log = LoggerFactory.getLogger(EspeakAnnouncer.class);
    /** Words per minute: a little slower than espeak's default, for a hall with echo. */
    private static final int SPEED = 140;

    private final Espeak espeak;
    private final Duration timeout;
    private final AnnouncementText text = new AnnouncementText();
    private volatile boolean warned;

    /** @param timeout how long one sentence may take before the next call's announcement goes first */
    public EspeakAnnouncer(Espeak espeak, Duration timeout) {
        this.espeak = espeak;
        this.timeout = timeout;
    }

    @Override
    public void announce(CallInfo call) {
        for (AnnouncementText.Sentence sentence : text.of(call)) {
            speak(sentence);
        }
    }

    private void speak(AnnouncementText.Sentence sentence) {
        try {
            Process process = espeak.start(sentence.language().code(), SPEED, sentence.text());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // A hung audio device must not hold back the next call's announcement.
                process.destroyForcibly();
                warnOnce("did not finish within " + timeout.toMillis() + " ms");
            } else if (process.exitValue() != 0) {
                warnOnce("exited with " + process.exitValue());
            }
        } catch (IOException e) {
            warnOnce(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warnOnce(String problem) {
        if (!warned) {
            warned = true;
            log.warn("{} could not speak a call ({}); calls are shown without voice", espeak.program(), problem);
        }
    }
}
