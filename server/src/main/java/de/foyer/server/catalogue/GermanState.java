package de.foyer.server.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The state of the code, written in any case ("nw", "NW"); empty for anything else. */
    public static Optional<GermanState> ofCode(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(state -> state.name().equals(upper)).findFirst();
    }

    /** The codes, for the sentence that refuses another one. */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
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
