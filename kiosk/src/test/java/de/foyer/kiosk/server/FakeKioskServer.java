package de.foyer.kiosk.server;

import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.LocalizedName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A server for view-model tests: answers from fields the test sets, and records what it was asked. */
public final class FakeKioskServer implements KioskServer {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    /** A walk-in ticket as the kiosk asked for it. */
    public record WalkIn(String office, String service, int persons, Language language) {
    }

    // Thread-safe: a kiosk on screen asks from its worker and health threads while the test reads.
    public final List<String> checkIns = new CopyOnWriteArrayList<>();
    public final List<WalkIn> walkIns = new CopyOnWriteArrayList<>();
    public final List<String> heartbeats = new CopyOnWriteArrayList<>();
    public final List<String> waitsAskedFor = new CopyOnWriteArrayList<>();
    public volatile boolean reachable = true;
    public volatile Refused refusal;
    public Map<String, Integer> waits = Map.of("anmeldung", 20);
    /** The offices the kiosk serves, as the server names them for its token (or --office names one). */
    public List<OfficeData> offices = List.of(office());
    /** When set, the server answers the question for the kiosk's offices with this refusal. */
    public volatile Refused officesRefusal;
    /** How often the kiosk asked which offices it serves. */
    public final AtomicInteger officesAsked = new AtomicInteger();
    /** The service and waiting area of the booking that the next check-in finds. */
    public String checkInService = "anmeldung";
    public String checkInArea = "area-a";
    private int issued;

    public static OfficeData office() {
        return new OfficeData("buergerbuero", "Bürgerbüro im Rathaus", Map.of("area-a", LocalizedName.german("Wartebereich A")), List.of(
                new OfficeData.Category("melden", new LocalizedName("Meldeangelegenheiten", "Registration of address"), List.of(
                        new OfficeData.Service("anmeldung", new LocalizedName("Wohnsitz anmelden", "Register your address")),
                        new OfficeData.Service("abmeldung", new LocalizedName("Wohnsitz abmelden", "Deregister")))),
                new OfficeData.Category("leer", new LocalizedName("Ohne Dienste", "No services"), List.of())));
    }

    /**
     * The demo office as the server makes it: its seven categories and 31 services in every language,
     * read from the server's own catalogue files, so that the layout is tried with the names a real
     * kiosk shows.
     */
    public static OfficeData demoOffice() {
        Map<String, Map<String, String>> names = new HashMap<>();
        for (String line : lines("/demo/catalogue-translations.txt")) {
            String[] field = line.split("\\|", -1);
            names.computeIfAbsent(field[0], id -> new HashMap<>()).put(field[1], field[2]);
        }
        List<OfficeData.Category> categories = new ArrayList<>();
        String categoryId = null;
        String categoryGerman = null;
        Map<String, String> categoryNames = null;
        List<OfficeData.Service> services = new ArrayList<>();
        for (String line : lines("/demo/catalogue.txt")) {
            String[] field = line.split("\\|", -1);
            if (field[0].equals("C")) {
                if (categoryId != null) {
                    categories.add(new OfficeData.Category(categoryId, new LocalizedName(categoryGerman, categoryNames), services));
                }
                categoryId = field[1];
                categoryGerman = field[3];
                categoryNames = named(names, field[1], field[3], field[4]);
                services = new ArrayList<>();
            } else {
                services.add(new OfficeData.Service(field[1], new LocalizedName(field[4], named(names, field[1], field[4], field[5]))));
            }
        }
        categories.add(new OfficeData.Category(categoryId, new LocalizedName(categoryGerman, categoryNames), services));
        Map<String, String> areaA = named(names, "buergerbuero-a", "Wartebereich A (Erdgeschoss)", "Waiting area A (ground floor)");
        return new OfficeData("buergerbuero", "Bürgerbüro im Rathaus",
                Map.of("area-a", new LocalizedName(areaA.get("de"), areaA)), categories);
    }

    private static Map<String, String> named(Map<String, Map<String, String>> translations, String id, String german, String english) {
        Map<String, String> all = new HashMap<>(translations.getOrDefault(id, Map.of()));
        all.put("de", german);
        all.put("en", english);
        return all;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = FakeKioskServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; it comes with foyer-server");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kiosk in a town hall's foyer: the Bürgerbüro first, then the youth office and an office whose
     * long name must still fit a button.
     */
    public static List<OfficeData> townHall() {
        return List.of(office(),
                new OfficeData("jugendamt", "Jugendamt", Map.of("area-j", LocalizedName.german("Wartebereich Jugendamt")), List.of(
                        category("kita", "Kindertagesbetreuung", "Childcare", "kita-platz", "Kita-Platz beantragen",
                                "Apply for a childcare place"))),
                new OfficeData("soziales", "Amt für Soziales, Wohnen, Senioren und Integration", Map.of(), List.of(
                        category("wohnen", "Wohnen", "Housing", "wohngeld", "Wohngeld beantragen", "Apply for housing benefit"))));
    }

    private static OfficeData.Category category(String id, String german, String english, String serviceId,
                                                String serviceGerman, String serviceEnglish) {
        return new OfficeData.Category(id, new LocalizedName(german, english),
                List.of(new OfficeData.Service(serviceId, new LocalizedName(serviceGerman, serviceEnglish))));
    }

    @Override
    public List<OfficeData> offices() throws IOException, Refused {
        requireReachable();
        officesAsked.incrementAndGet();
        if (officesRefusal != null) {
            throw officesRefusal;
        }
        return offices;
    }

    @Override
    public Map<String, Integer> waits(String office) throws IOException {
        requireReachable();
        waitsAskedFor.add(office);
        return waits;
    }

    @Override
    public IssuedTicket checkIn(String scan, Language language) throws IOException, Refused {
        requireReachable();
        checkIns.add(scan);
        refuseIfTold();
        return new IssuedTicket("C" + (100 + ++issued), checkInService, checkInArea, "http://foyer.test/t/" + issued,
                NOW, NOW.plusMinutes(20), 12);
    }

    @Override
    public IssuedTicket issueTicket(String office, String service, int persons, Language language) throws IOException, Refused {
        requireReachable();
        walkIns.add(new WalkIn(office, service, persons, language));
        refuseIfTold();
        String area = offices.stream().filter(candidate -> candidate.id().equals(office))
                .flatMap(candidate -> candidate.waitingAreaNames().keySet().stream()).findFirst().orElse("area-a");
        return new IssuedTicket("C" + (100 + ++issued), service, area, "http://foyer.test/t/" + issued, NOW, null, 0);
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
