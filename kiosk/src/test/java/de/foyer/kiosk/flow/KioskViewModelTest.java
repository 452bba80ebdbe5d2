package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.refusal.RefusalKind;
import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import de.foyer.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's course, without JavaFX running: a direct executor, a fake server, the recording printer. */
class KioskViewModelTest {

    private final FakeKioskServer server = new FakeKioskServer();
    private final RecordingTicketPrinter printer = new RecordingTicketPrinter();
    private final MutableClock clock = new MutableClock(FakeKioskServer.NOW);
    private final List<Runnable> queued = new ArrayList<>();
    private final KioskFlow flow = KioskFlow.create(server, printer, Tasks.direct(), Runnable::run, clock, Duration.ofSeconds(30));
    private final KioskViewModel kiosk = flow.viewModel();

    @Test
    void aScanOnAnyScreenChecksInAndPrintsTheTicket() {
        kiosk.startWalkIn();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CATEGORIES);

        kiosk.scanned("  FOYER1.booking.signature \n");

        assertThat(server.checkIns).containsExactly("FOYER1.booking.signature");
        assertThat(kiosk.screen().get()).isEqualTo(Screen.TICKET);
        assertThat(kiosk.screens().ticket().number()).isEqualTo("C101");
        assertThat(printer.tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.number()).isEqualTo("C101");
            assertThat(ticket.waitingAreaName()).isEqualTo("Wartebereich A");
            assertThat(ticket.serviceName()).isEqualTo("Wohnsitz anmelden");
            assertThat(ticket.statusLink()).isEqualTo("http://foyer.test/t/1");
        });
        Texts german = Texts.of(Language.GERMAN);
        assertThat(kiosk.screens().ticket().headline(german)).isEqualTo("Sie sind angemeldet.");
        assertThat(kiosk.screens().ticket().appointment(german)).isEqualTo("Ihr Termin: 10:20 Uhr");
        assertThat(kiosk.screens().ticket().waitingArea(german)).contains("Wartebereich A");
        assertThat(kiosk.screens().ticket().waitTime(german)).contains("12");
    }

    @Test
    void aTypedCodeChecksInWhenComplete() {
        kiosk.screens().home().chooseAppointment();
        "ABCDE2345".chars().forEach(key -> kiosk.screens().codeEntry().type((char) key));
        kiosk.screens().codeEntry().submit();
        assertThat(server.checkIns).isEmpty();

        kiosk.screens().codeEntry().type('k');
        kiosk.screens().codeEntry().submit();

        assertThat(server.checkIns).containsExactly("ABCDE2345K");
        assertThat(kiosk.screen().get()).isEqualTo(Screen.TICKET);
    }

    @Test
    void eachRefusalShowsItsOwnScreenAndNoTicket() {
        server.refusal = new Refused("TOO_EARLY", "Please check in from 10:20.", FakeKioskServer.NOW.withMinute(20), null);

        kiosk.scanned("code");

        assertThat(kiosk.screen().get()).isEqualTo(Screen.REFUSAL);
        assertThat(kiosk.screens().refusal().kind()).isEqualTo(RefusalKind.TOO_EARLY);
        assertThat(kiosk.screens().refusal().message(Texts.of(Language.GERMAN))).contains("10:20");
        assertThat(printer.tickets()).isEmpty();
    }

    @Test
    void tooLateOffersTheWalkInTicketThatTheButtonStarts() {
        server.refusal = new Refused("TOO_LATE", "too late");
        kiosk.scanned("code");
        assertThat(kiosk.screens().refusal().nextStep()).isEqualTo(RefusalKind.NextStep.WALK_IN);

        server.refusal = null;
        kiosk.screens().refusal().walkIn();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CATEGORIES);
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        kiosk.screens().persons().choose(2);

        assertThat(server.walkIns).containsExactly(new FakeKioskServer.WalkIn("buergerbuero", "anmeldung", 2, Language.GERMAN));
        assertThat(kiosk.screen().get()).isEqualTo(Screen.TICKET);
    }

    @Test
    void theWalkInStepsShowTheWaitsAndGoBackOneStepAtATime() {
        kiosk.screens().home().chooseWalkIn();
        assertThat(kiosk.screens().categories().categories()).extracting(category -> category.id()).containsExactly("melden");
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        assertThat(kiosk.screens().services().items()).extracting(item -> item.waitMinutes()).containsExactly(20, null);
        kiosk.screens().services().choose(kiosk.screens().services().items().get(1));
        assertThat(kiosk.screen().get()).isEqualTo(Screen.PERSONS);

        kiosk.screens().persons().back();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.SERVICES);
        kiosk.screens().services().back();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CATEGORIES);
        kiosk.screens().categories().back();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void withOneOfficeTheWalkInStartsWithItsCategoriesAndNoOfficeIsAskedFor() {
        kiosk.startWalkIn();

        assertThat(kiosk.screen().get()).isEqualTo(Screen.CATEGORIES);
        assertThat(kiosk.screens().departments().offices()).isEmpty();
        assertThat(kiosk.screens().categories().office()).as("no office name where there is only one").isEmpty();
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        kiosk.screens().persons().choose(1);

        assertThat(server.walkIns).containsExactly(new FakeKioskServer.WalkIn("buergerbuero", "anmeldung", 1, Language.GERMAN));
        assertThat(printer.tickets()).singleElement().satisfies(ticket ->
                assertThat(ticket.officeName()).isEqualTo("Bürgerbüro im Rathaus"));
    }

    @Test
    void aKioskForSeveralOfficesAsksForTheOfficeFirstAndIssuesTheTicketThereInTheCitizensLanguage() {
        server.offices = FakeKioskServer.townHall();
        kiosk.chooseLanguage(Language.TURKISH);

        kiosk.screens().home().chooseWalkIn();

        assertThat(kiosk.screen().get()).isEqualTo(Screen.DEPARTMENTS);
        assertThat(kiosk.screens().departments().offices()).extracting(OfficeData::id)
                .containsExactly("buergerbuero", "jugendamt", "soziales");
        assertThat(server.waitsAskedFor).containsExactlyInAnyOrder("buergerbuero", "jugendamt", "soziales");
        kiosk.screens().departments().choose(kiosk.screens().departments().offices().get(1));
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CATEGORIES);
        assertThat(kiosk.screens().categories().office()).isEqualTo("Jugendamt");
        assertThat(kiosk.screens().categories().categories()).extracting(OfficeData.Category::id).containsExactly("kita");
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        kiosk.screens().persons().choose(2);

        assertThat(server.walkIns).containsExactly(new FakeKioskServer.WalkIn("jugendamt", "kita-platz", 2, Language.TURKISH));
        assertThat(kiosk.screen().get()).isEqualTo(Screen.TICKET);
        assertThat(printer.tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.officeName()).isEqualTo("Jugendamt");
            assertThat(ticket.serviceName()).as("no Turkish name kept: the German one, which the clerks use").isEqualTo("Kita-Platz beantragen");
            assertThat(ticket.waitingAreaName()).isEqualTo("Wartebereich Jugendamt");
        });
    }

    @Test
    void backFromTheCategoriesOfOneOfSeveralOfficesLeadsToTheOfficesAndFromThereHome() {
        server.offices = FakeKioskServer.townHall();
        kiosk.startWalkIn();
        kiosk.screens().departments().choose(kiosk.screens().departments().offices().get(2));

        kiosk.screens().categories().back();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.DEPARTMENTS);
        kiosk.screens().departments().choose(kiosk.screens().departments().offices().get(0));
        assertThat(kiosk.screens().categories().office()).isEqualTo("Bürgerbüro im Rathaus");
        kiosk.screens().categories().back();
        kiosk.screens().departments().back();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void withOneOfficeTheHomeScreenGreetsWithItsNameAndWithSeveralWithNone() {
        assertThat(welcome(Language.GERMAN)).as("before the server named any office").isEqualTo("Herzlich willkommen");
        long before = kiosk.revision().get();

        flow.health().check();

        assertThat(kiosk.revision().get()).as("the home screen is drawn anew").isGreaterThan(before);
        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen\nBürgerbüro im Rathaus");
        assertThat(welcome(Language.ENGLISH)).isEqualTo("Welcome\nBürgerbüro im Rathaus");
        for (Language language : Language.values()) {
            assertThat(welcome(language)).as(language.name())
                    .isEqualTo(Texts.of(language).get("home.welcome") + "\nBürgerbüro im Rathaus");
        }

        // Staff add two more offices to the kiosk; the first check after the cache's age finds them.
        server.offices = FakeKioskServer.townHall();
        clock.advance(KioskFlow.CATALOGUE_MAX_AGE.plusSeconds(1));
        flow.health().check();

        for (Language language : Language.values()) {
            assertThat(welcome(language)).as(language.name()).isEqualTo(Texts.of(language).get("home.welcome"));
            for (OfficeData office : server.offices) {
                assertThat(welcome(language)).as(language.name()).doesNotContain(office.name());
            }
        }
        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen");
        assertThat(welcome(Language.ENGLISH)).isEqualTo("Welcome");
    }

    @Test
    void aKioskForSeveralOfficesGreetsWithoutANameAlsoAfterAWalkIn() {
        server.offices = FakeKioskServer.townHall();
        kiosk.startWalkIn();
        kiosk.screens().departments().back();

        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen");
    }

    @Test
    void theWalkInsCatalogueTellsTheHomeScreenTheOfficeBeforeAnyCheck() {
        kiosk.startWalkIn();
        kiosk.screens().categories().back();

        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen\nBürgerbüro im Rathaus");
    }

    @Test
    void whileTheServerNamesNoOfficeTheChecksAskForTheOfficesOnlyOnceAMinute() {
        server.officesRefusal = new Refused("UNKNOWN_OFFICE", "The server names no office for this kiosk");
        flow.health().check();
        flow.health().check();
        assertThat(server.officesAsked).hasValue(1);
        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen");

        server.officesRefusal = null;
        clock.advance(Duration.ofSeconds(61));
        flow.health().check();
        flow.health().check();

        assertThat(server.officesAsked).as("loaded once, then taken from the cache").hasValue(2);
        assertThat(welcome(Language.GERMAN)).isEqualTo("Herzlich willkommen\nBürgerbüro im Rathaus");
    }

    @Test
    void aCheckInAtAKioskForSeveralOfficesNamesTheBookingsOfficeOnTheTicket() {
        server.offices = FakeKioskServer.townHall();
        server.checkInService = "wohngeld";

        kiosk.scanned("code");

        assertThat(printer.tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.officeName()).isEqualTo("Amt für Soziales, Wohnen, Senioren und Integration");
            assertThat(ticket.serviceName()).isEqualTo("Wohngeld beantragen");
        });

        // A service retired after the booking is no longer listed; the waiting area still tells the office.
        server.checkInService = "retired-after-booking";
        server.checkInArea = "area-j";
        kiosk.scanned("code");
        assertThat(printer.tickets()).last().satisfies(ticket -> assertThat(ticket.officeName()).isEqualTo("Jugendamt"));
    }

    @Test
    void aDayWithoutCapacityIsARefusalThatNamesTheOtherWays() {
        server.refusal = new Refused("NO_CAPACITY_TODAY", "full");
        kiosk.startWalkIn();
        kiosk.screens().categories().choose(kiosk.screens().categories().categories().get(0));
        kiosk.screens().services().choose(kiosk.screens().services().items().get(0));
        kiosk.screens().persons().choose(1);

        assertThat(kiosk.screens().refusal().kind()).isEqualTo(RefusalKind.NO_CAPACITY_TODAY);
        assertThat(kiosk.screens().refusal().otherWays(Texts.of(Language.GERMAN))).hasSize(3);
    }

    @Test
    void aPrinterOutOfPaperLeavesTheTicketOnScreenAndTellsTheServerAtOnce() {
        printer.failWith(PrinterStatus.PAPER_OUT);

        kiosk.scanned("code");

        assertThat(kiosk.screen().get()).isEqualTo(Screen.PRINTER_PROBLEM);
        assertThat(kiosk.screens().printerProblem().number()).isEqualTo("C101");
        assertThat(kiosk.screens().printerProblem().link()).isEqualTo("http://foyer.test/t/1");
        assertThat(kiosk.screens().printerProblem().reason(Texts.of(Language.GERMAN))).contains("kein Papier");
        assertThat(server.heartbeats).containsExactly("PAPER_OUT");
        assertThat(kiosk.printing().get()).isFalse();
        assertThat(kiosk.screens().home().notice(Texts.of(Language.GERMAN))).contains("Drucker");
    }

    @Test
    void whileThePrinterCannotPrintNoPrintIsTriedUntilACheckSeesItBack() {
        printer.failWith(PrinterStatus.OFFLINE);
        flow.health().check();
        printer.setStatus(PrinterStatus.OK);

        kiosk.scanned("code");
        assertThat(kiosk.screen().get()).isEqualTo(Screen.PRINTER_PROBLEM);
        assertThat(printer.tickets()).isEmpty();

        flow.health().check();
        kiosk.scanned("code");
        assertThat(kiosk.screen().get()).isEqualTo(Screen.TICKET);
        assertThat(printer.tickets()).hasSize(1);
        assertThat(server.heartbeats).containsExactly("OFFLINE", "OK");
    }

    @Test
    void anUnreachableServerPromisesNoTicketAndTheKioskReturnsHomeWhenItAnswersAgain() {
        server.reachable = false;

        kiosk.scanned("code");

        assertThat(kiosk.screen().get()).isEqualTo(Screen.SERVER_DOWN);
        assertThat(kiosk.screens().ticket().hasTicket()).isFalse();
        assertThat(kiosk.screens().printerProblem().hasTicket()).isFalse();
        assertThat(printer.tickets()).isEmpty();
        assertThat(kiosk.online().get()).isFalse();

        flow.health().check();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.SERVER_DOWN);
        server.reachable = true;
        flow.health().check();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
        assertThat(kiosk.online().get()).isTrue();
    }

    @Test
    void afterTheIdleTimeTheNextCitizenFindsHomeInGermanWithNothingLeft() {
        kiosk.chooseLanguage(Language.ARABIC);
        kiosk.startCodeEntry();
        kiosk.screens().codeEntry().type('A');
        clock.advance(Duration.ofSeconds(29));
        kiosk.tick();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CODE_ENTRY);

        kiosk.touched();
        clock.advance(Duration.ofSeconds(29));
        kiosk.tick();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.CODE_ENTRY);
        clock.advance(Duration.ofSeconds(1));
        kiosk.tick();

        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
        assertThat(kiosk.language().get()).isEqualTo(Language.GERMAN);
        assertThat(kiosk.screens().codeEntry().code().get()).isEmpty();
    }

    @Test
    void highContrastAndSpeechLastOneVisitEvenOnTheHomeScreen() {
        kiosk.toggle(SeeingAid.HIGH_CONTRAST);
        kiosk.startSpeech();
        assertThat(kiosk.aids()).containsExactly(SeeingAid.HIGH_CONTRAST);
        clock.advance(Duration.ofSeconds(29));
        kiosk.tick();
        assertThat(kiosk.aids()).as("still this citizen's").isNotEmpty();
        assertThat(kiosk.speech().get()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        kiosk.tick();
        assertThat(kiosk.aids()).as("the next citizen's kiosk looks as usual").isEmpty();
        assertThat(kiosk.speech().get()).isFalse();

        kiosk.toggle(SeeingAid.HIGH_CONTRAST);
        kiosk.toggle(SeeingAid.HIGH_CONTRAST);
        assertThat(kiosk.aids()).isEmpty();
    }

    @Test
    void theTicketScreenIsClearedByIdleTimeAndByDone() {
        kiosk.scanned("code");
        clock.advance(Duration.ofSeconds(30));
        kiosk.tick();
        assertThat(kiosk.screen().get()).isEqualTo(Screen.HOME);
        assertThat(kiosk.screens().ticket().hasTicket()).isFalse();

        kiosk.chooseLanguage(Language.POLISH);
        kiosk.scanned("code");
        kiosk.screens().ticket().done();
        assertThat(kiosk.screens().ticket().hasTicket()).isFalse();
        assertThat(kiosk.language().get()).isEqualTo(Language.GERMAN);
    }

    @Test
    void aScanWhileARequestIsUnderWayIsIgnored() {
        Tasks held = new Tasks(queued::add, Runnable::run);
        KioskViewModel slow = KioskFlow.create(server, printer, held, Runnable::run, clock, Duration.ofSeconds(30)).viewModel();

        slow.scanned("first");
        slow.scanned("second");
        assertThat(slow.busy().get()).isTrue();
        queued.forEach(Runnable::run);

        assertThat(server.checkIns).containsExactly("first");
        assertThat(slow.busy().get()).isFalse();
        assertThat(slow.screen().get()).isEqualTo(Screen.TICKET);
    }

    @Test
    void aFailingTaskEndsInThePlainRefusalNotAHungKiosk() {
        Tasks direct = Tasks.direct();
        List<Object> applied = new ArrayList<>();
        direct.run(() -> {
            throw new IllegalStateException("bug");
        }, "fallback", applied::add);
        assertThat(applied).containsExactly("fallback");
    }

    private String welcome(Language language) {
        return kiosk.screens().home().welcome(Texts.of(language));
    }
}
