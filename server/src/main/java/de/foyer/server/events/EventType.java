package de.foyer.server.events;

/** What changed in an office's queue; screens and consoles receive it by name. */
public enum EventType {
    ISSUED, CALLED, RECALLED, STARTED, DONE, NO_SHOW, REQUEUED, TRANSFERRED,
    /** A ticket still waiting when its office's day ended. */
    NOT_SERVED,
    /** A counter opened, paused or closed. */
    COUNTER,
    /** The office's notices for its screens changed; screens read them again. */
    NOTICES,
    /** An office's new day has begun: screens drop the day before's calls. */
    DAY_BEGUN
}
