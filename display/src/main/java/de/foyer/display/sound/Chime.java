package de.foyer.display.sound;

/** The sound that draws eyes to the screen when a number is called. */
public interface Chime {

    /** Sounds the chime and returns when it has finished; never throws, silent when it cannot sound. */
    void play();

    /** For screens that must stay quiet and for machines without sound. */
    static Chime silent() {
        return () -> {
        };
    }
}
