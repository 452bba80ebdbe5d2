package de.foyer.kiosk.flow;

/** The kiosk's screens; exactly one shows at a time. */
public enum Screen {
    HOME,
    CODE_ENTRY,
    /** Which office: only when the kiosk serves several; the walk-in steps start here then. */
    DEPARTMENTS,
    CATEGORIES,
    SERVICES,
    PERSONS,
    TICKET,
    PRINTER_PROBLEM,
    REFUSAL,
    SERVER_DOWN
}
