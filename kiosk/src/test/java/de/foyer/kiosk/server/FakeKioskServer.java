package de.foyer.kiosk.server;

import de.foyer.kiosk.text.LocalizedName;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A server for view-model tests: answers from fields the test sets, and records what it was asked. */
public final class FakeKioskServer implements KioskServer {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    public final List<String> checkIns = new ArrayList<>();
    public final List<String> walkIns = new ArrayList<>();
    public final List<String> heartbeats = new ArrayList<>();
    public boolean reachable = true;
    public Refused refusal;
    public Map<String, Integer> waits = Map.of("anmeldung", 20);
    public OfficeData office = office();
    private int issued;

    public static OfficeData office() {
        return new OfficeData("Bürgerbüro im Rathaus", Map.of("area-a", "Wartebereich A"), List.of(
                new OfficeData.Category("melden", new LocalizedName("Meldeangelegenheiten", "Registration of address"), List.of(
                        new OfficeData.Service("anmeldung", new LocalizedName("Wohnsitz anmelden", "Register your address")),
                        new OfficeData.Service("abmeldung", new LocalizedName("Wohnsitz abmelden", "Deregister")))),
                new OfficeData.Category("leer", new LocalizedName("Ohne Dienste", "No services"), List.of())));
    }

    /** The demo office's seven categories, German and English as the server names them: what a real kiosk lists. */
    public static OfficeData demoOffice() {
        List<OfficeData.Category> categories = List.of(
                category("ausweis", "Personalausweis", "ID card", "anmeldung", "Personalausweis beantragen", "Apply for an ID card"),
                category("pass", "Reisepass", "Passport", "pass", "Reisepass beantragen", "Apply for a passport"),
                category("melden", "Meldeangelegenheiten", "Registration of address", "ummelden", "Wohnsitz anmelden",
                        "Register your address"),
                category("bescheinigungen", "Bescheinigungen und Beglaubigungen", "Certificates and certifications",
                        "fuehrungszeugnis", "Führungszeugnis beantragen", "Apply for a certificate of good conduct"),
                category("abfall", "Sperrmüll und Abfall", "Bulky waste and refuse", "sperrmuell", "Sperrmüllkarte",
                        "Bulky waste card"),
                category("fundsachen", "Fundbüro", "Lost property", "fund", "Fundsache abholen", "Collect lost property"),
                category("sonstiges", "Weitere Anliegen", "Other matters", "sonstiges", "Sonstiges Anliegen", "Another matter"));
        return new OfficeData("Bürgerbüro im Rathaus", Map.of("area-a", "Wartebereich A"), categories);
    }

    private static OfficeData.Category category(String id, String german, String english, String serviceId,
                                                String serviceGerman, String serviceEnglish) {
        return new OfficeData.Category(id, new LocalizedName(german, english),
                List.of(new OfficeData.Service(serviceId, new LocalizedName(serviceGerman, serviceEnglish))));
    }

    @Override
    public OfficeData officeData() throws IOException {
        requireReachable();
        return office;
    }

    @Override
    public Map<String, Integer> waits() throws IOException {
        requireReachable();
        return waits;
    }

    @Override
    public IssuedTicket checkIn(String scan) throws IOException, Refused {
        requireReachable();
        checkIns.add(scan);
        refuseIfTold();
        return new IssuedTicket("C" + (100 + ++issued), "anmeldung", "area-a", "http://foyer.test/t/" + issued,
                NOW, NOW.plusMinutes(20), 12);
    }

    @Override
    public IssuedTicket issueTicket(String service, int persons) throws IOException, Refused {
        requireReachable();
        walkIns.add(service + " x" + persons);
        refuseIfTold();
        return new IssuedTicket("C" + (100 + ++issued), service, "area-a", "http://foyer.test/t/" + issued, NOW, null, 0);
    }

    @Override
    public void heartbeat(String printerStatus) throws IOException {
        requireReachable();
        heartbeats.add(printerStatus);
    }

    private void refuseIfTold() throws Refused {
        if (refusal != null) {
            throw refusal;
        }
    }

    private void requireReachable() throws IOException {
        if (!reachable) {
            throw new IOException("switched off by the test");
        }
    }
}
