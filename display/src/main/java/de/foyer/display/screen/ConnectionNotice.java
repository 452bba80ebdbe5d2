package de.foyer.display.screen;

/** What the screen admits about its connection to the server. */
public enum ConnectionNotice {
    /** Connected, or offline for too short a time to be worth a word. */
    NONE,
    /** Offline for a few seconds; the stream keeps trying on its own. */
    RECONNECTING,
    /** The server refuses this screen's token: staff must act, waiting will not help. */
    REFUSED
}
