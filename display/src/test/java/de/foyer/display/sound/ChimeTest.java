package de.foyer.display.sound;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The chime's sound, and that a machine without a sound card (like the build machines) stays silent instead of failing. */
class ChimeTest {

    @Test
    void theChimeIsTwoAudibleTonesThatNeverClip() {
        byte[] pcm = ChimeSound.dingDong();
        int samples = pcm.length / 2;
        assertThat(samples / ChimeSound.FORMAT.getSampleRate()).isBetween(1.2f, 1.6f);
        assertThat(peak(pcm, 0, samples / 2)).isBetween(10_000, 30_000);
        assertThat(peak(pcm, samples / 2, samples)).as("the second tone").isBetween(10_000, 30_000);
        assertThat(peak(pcm, samples - 100, samples)).as("fades out").isLessThan(2_000);
    }

    @Test
    void playingWithoutSoundOutputFailsSoft() {
        ToneChime chime = new ToneChime();
        assertThatCode(() -> {
            chime.play();
            chime.play();
        }).doesNotThrowAnyException();
    }

    private static int peak(byte[] pcm, int fromSample, int toSample) {
        int peak = 0;
        for (int i = fromSample; i < toSample; i++) {
            int sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
