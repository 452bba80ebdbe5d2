package de.foyer.display.sound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays {@link ChimeSound} through the default audio output. Without a sound card (or with the
 * device busy) it stays silent: a mute screen still shows every call, a crashed one shows none.
 * It tries again on each call, since a USB speaker may be plugged in later.
 */
public final class ToneChime implements Chime {

    private static final Logger log = LoggerFactory.getLogger(ToneChime.class);
    private final byte[] pcm = ChimeSound.dingDong();
    private volatile boolean warned;

    @Override
    public void play() {
        AudioFormat format = ChimeSound.FORMAT;
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
            warned = false;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException is what AudioSystem throws when no mixer exists at all.
            if (!warned) {
                warned = true;
                log.warn("No sound output for the chime; calls are shown without sound ({})", e.toString());
            }
        }
    }
}
