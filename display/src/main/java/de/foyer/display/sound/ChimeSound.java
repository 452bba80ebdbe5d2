package de.foyer.display.sound;

import javax.sound.sampled.AudioFormat;

/**
 * The chime as raw audio: two bell-like tones falling a third ("ding-dong"), rendered once in
 * memory so that playing it needs no sound file and no decoder.
 */
public final class ChimeSound {

    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);
    private static final double[] TONES_HZ = {659.25, 523.25};
    private static final double TONE_SECONDS = 0.7;
    /** Loud enough to be heard over a waiting room, with headroom so the overtone never clips. */
    private static final double PEAK = 0.55;

    private ChimeSound() {
    }

    /** 16-bit signed little-endian mono PCM in {@link #FORMAT}. */
    public static byte[] dingDong() {
        int perTone = (int) (FORMAT.getSampleRate() * TONE_SECONDS);
        byte[] pcm = new byte[perTone * TONES_HZ.length * 2];
        int offset = 0;
        for (double hz : TONES_HZ) {
            for (int i = 0; i < perTone; i++) {
                double t = i / FORMAT.getSampleRate();
                // A short attack avoids a click; the exponential decay makes it sound like a bell.
                double envelope = Math.min(1, t / 0.01) * Math.exp(-4.5 * t);
                double wave = 0.8 * Math.sin(2 * Math.PI * hz * t) + 0.2 * Math.sin(2 * Math.PI * 2 * hz * t);
                short sample = (short) Math.round(PEAK * envelope * wave * Short.MAX_VALUE);
                pcm[offset++] = (byte) sample;
                pcm[offset++] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }
}
