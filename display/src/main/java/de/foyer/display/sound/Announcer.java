package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;

/** Speaks a call aloud, for citizens who cannot read the screen. */
public interface Announcer {

    /** Speaks the call and returns when done; never throws, silent when it cannot speak. */
    void announce(CallInfo call);

    static Announcer silent() {
        return call -> {
        };
    }
}
