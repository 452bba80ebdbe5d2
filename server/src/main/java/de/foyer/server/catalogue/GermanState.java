package de.foyer.server.catalogue;

import java.util.Locale;

/** The sixteen states (Länder), by their ISO 3166-2:DE codes: an office's public holidays depend on its state. */
public enum GermanState {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    GermanState(String germanName) {
        this.germanName = germanName;
    }

    /** The state's own name, as offices write it. */
    public String germanName() {
        return germanName;
    }

    /** The code of the state's holidays in jollyday's calendar of Germany. */
    String holidayRegion() {
        return name().toLowerCase(Locale.ROOT);
    }
}
