package de.foyer.kiosk.speech;

import de.foyer.hardware.voice.Espeak;
import de.foyer.kiosk.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Speaks through espeak-ng, in the citizen's language. Processes are started off the UI thread; a
 * new sentence stops the one before.
 */
public final class EspeakSpeaker implements Speaker {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeaker.class);
    /** A little slower than espeak's 175 words a minute, for listeners new to a synthetic voice. */
    private static final int RATE = 150;

    private final Espeak espeak;
    private final ExecutorService voice = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-speech");
        thread.setDaemon(true);
        return thread;
    });
    private Process playing;

    private EspeakSpeaker(Espeak espeak) {
        this.espeak = espeak;
    }

    /** espeak-ng if it is installed, else silence. */
    public static Speaker ifInstalled() {
        return Espeak.onPath(System.getenv("PATH")).<Speaker>map(EspeakSpeaker::new).orElseGet(() -> {
            LOG.info("{} is not installed: speech mode has no voice", Espeak.PROGRAM);
            return SILENT;
        });
    }

    @Override
    public void say(String text, Language language) {
        voice.execute(() -> {
            stop();
            try {
                playing = espeak.start(language.tag(), RATE, text);
            } catch (IOException e) {
                LOG.warn("{} did not start: {}", Espeak.PROGRAM, e.getMessage());
            }
        });
    }

    @Override
    public void silence() {
        voice.execute(this::stop);
    }

    private void stop() {
        if (playing != null) {
            playing.destroy();
            playing = null;
        }
    }

    @Override
    public void close() {
        silence();
        voice.shutdown();
    }
}
