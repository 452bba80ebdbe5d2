package de.foyer.kiosk.screenshots;

import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.LocalizedName;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A server made of sample data for the screenshot tour. A scan that names a refusal code
 * ("TOO_EARLY") is refused with it; any other scan checks in.
 */
final class SampleServer implements KioskServer {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    private final boolean townHall;
    private boolean reachable = true;
    private String walkInRefusal;
    private int walkIns;

    /** @param townHall a foyer kiosk serving three offices of the town hall rather than the Bürgerbüro alone */
    SampleServer(boolean townHall) {
        this.townHall = townHall;
    }

    void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** From now on walk-ins are refused with this code (NO_CAPACITY_TODAY, OFFICE_CLOSED), or issued when null. */
    void refuseWalkIns(String code) {
        walkInRefusal = code;
    }

    @Override
    public List<OfficeData> offices() throws IOException {
        requireReachable();
        if (!townHall) {
            return List.of(citizensOffice());
        }
        return List.of(citizensOffice(),
                new OfficeData("jugendamt", "Jugendamt", Map.of("area-j", area("Wartebereich Jugendamt (2. Stock)", "Youth office waiting area (second floor)")), List.of(
                        category("kita", "Kindertagesbetreuung", "Childcare",
                                service("kita-platz", "Kita-Platz beantragen", "Apply for a childcare place")),
                        category("unterhalt", "Unterhalt und Beistandschaft", "Maintenance and advisory support",
                                service("unterhaltsvorschuss", "Unterhaltsvorschuss", "Child maintenance advance")))),
                new OfficeData("standesamt", "Standesamt", Map.of("area-s", area("Wartebereich Standesamt (1. Stock)", "Registry office waiting area (first floor)")), List.of(
                        category("urkunden", "Urkunden", "Certificates",
                                service("geburtsurkunde", "Geburtsurkunde", "Birth certificate"),
                                service("eheschliessung", "Eheschließung anmelden", "Give notice of marriage")))));
    }

    private static OfficeData citizensOffice() {
        return new OfficeData("buergerbuero", "Bürgerbüro im Rathaus",
                Map.of("area-a", area("Wartebereich A (Erdgeschoss)", "Waiting area A (ground floor)"),
                        "area-b", area("Wartebereich B (1. Stock)", "Waiting area B (first floor)")), List.of(
                category("ausweis", "Personalausweis", "ID card",
                        service("personalausweis-beantragen", "Personalausweis beantragen", "Apply for an ID card"),
                        service("personalausweis-abholen", "Personalausweis abholen", "Collect an ID card"),
                        service("vorlaeufiger-personalausweis", "Vorläufiger Personalausweis", "Temporary ID card"),
                        service("verlust-ausweis", "Verlust eines Ausweises melden", "Report a lost ID document")),
                category("pass", "Reisepass", "Passport",
                        service("reisepass-beantragen", "Reisepass beantragen", "Apply for a passport"),
                        service("kinderreisepass", "Kinderreisepass", "Child's passport")),
                category("melden", "Meldeangelegenheiten", "Registration of address",
                        service("anmeldung", "Wohnsitz anmelden oder ummelden", "Register or change your address"),
                        service("abmeldung", "Wohnsitz abmelden (Wegzug ins Ausland)", "Deregister (moving abroad)"),
                        service("meldebescheinigung", "Meldebescheinigung", "Certificate of registration"),
                        service("nebenwohnsitz", "Nebenwohnsitz anmelden", "Register a second home")),
                category("bescheinigungen", "Bescheinigungen und Beglaubigungen", "Certificates and certifications",
                        service("fuehrungszeugnis", "Führungszeugnis beantragen", "Certificate of good conduct"),
                        service("beglaubigung", "Beglaubigung von Kopien und Unterschriften", "Certified copies and signatures")),
                category("abfall", "Sperrmüll und Abfall", "Bulky waste and refuse",
                        service("sperrmuellkarte", "Sperrmüllkarte", "Bulky-waste card")),
                category("fundsachen", "Fundbüro", "Lost property",
                        service("fundsache-abholen", "Fundsache abholen", "Collect lost property")),
                category("sonstiges", "Weitere Anliegen", "Other matters",
                        service("bewohnerparken", "Bewohnerparkausweis", "Residents' parking permit"),
                        service("beratung", "Allgemeine Beratung", "General advice"))));
    }

    @Override
    public Map<String, Integer> waits(String office) throws IOException {
        requireReachable();
        if (!office.equals("buergerbuero")) {
            return Map.of("kita-platz", 15, "unterhaltsvorschuss", 30, "geburtsurkunde", 5);
        }
        return Map.of("anmeldung", 25, "abmeldung", 10, "meldebescheinigung", 0, "nebenwohnsitz", 25,
                "personalausweis-beantragen", 40, "personalausweis-abholen", 5);
    }

    @Override
    public IssuedTicket checkIn(String scan, Language language) throws IOException, Refused {
        requireReachable();
        switch (scan) {
            case "TOO_EARLY":
                throw new Refused(scan, "Check-in opens at 10:20.", NOW.withMinute(20), null);
            case "ALREADY_CHECKED_IN":
                throw new Refused(scan, "Checked in already as A017.", null, "A017");
            case "TOO_LATE", "WRONG_DAY", "WRONG_OFFICE", "CANCELLED", "UNKNOWN_CODE", "INVALID_CODE":
                throw new Refused(scan, "Refused: " + scan);
            default:
                return new IssuedTicket("C012", "anmeldung", "area-a", "http://localhost:8080/t/Q3vX9aTk2LmP7sRw",
                        NOW, NOW.withMinute(30), 12);
        }
    }

    @Override
    public IssuedTicket issueTicket(String office, String service, int persons, Language language)
            throws IOException, Refused {
        requireReachable();
        if (walkInRefusal != null) {
            throw new Refused(walkInRefusal, "Refused: " + walkInRefusal);
        }
        walkIns++;
        return new IssuedTicket("C0" + (40 + walkIns), service, "area-a", "http://localhost:8080/t/Hk4mZ8pQ1wYt" + walkIns,
                NOW, null, 25);
    }

    @Override
    public void heartbeat(String printerStatus) throws IOException {
        requireReachable();
    }

    private void requireReachable() throws IOException {
        if (!reachable) {
            throw new IOException("Sample server switched off");
        }
    }

    private static LocalizedName area(String german, String english) {
        return new LocalizedName(german, english);
    }

    private static OfficeData.Category category(String id, String german, String english, OfficeData.Service... services) {
        return new OfficeData.Category(id, new LocalizedName(german, english), List.of(services));
    }

    private static OfficeData.Service service(String id, String german, String english) {
        return new OfficeData.Service(id, new LocalizedName(german, english));
    }
}
