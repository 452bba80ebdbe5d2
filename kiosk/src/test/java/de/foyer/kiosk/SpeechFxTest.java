package de.foyer.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.speech.RecordingSpeaker;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Paragraph;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speech mode on the real server, headless: a citizen who cannot see the screen takes a ticket and
 * checks in with keys alone, never a touch, and hears every screen and every choice (a recording
 * speaker stands in for espeak-ng).
 */
@ExtendWith(ApplicationExtension.class)
class SpeechFxTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static BookingTestServer server;
    private final KioskDriver kiosk = new KioskDriver();
    private final FxRobot robot = new FxRobot();
    /** This test's kiosk window: earlier tests' windows may still stand, and must not get these keys and touches. */
    private Stage stage;
    private Node touched;
    private double[] touchedAt;

    @BeforeAll
    static void startServer() {
        server = BookingTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk.start(stage, server.http.request("/", null).build().uri().getPort(), TestServer.KIOSK);
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        server.clock.set(TEN);
    }

    @Test
    void keysAloneTakeAWalkInTicketAndEveryScreenAndEveryChoiceIsNamed() {
        Texts german = Texts.of(Language.GERMAN);
        showsHome();
        String home = heardAfter(KeyCode.NUMPAD5);
        assertThat(home).startsWith("Die Sprachausgabe ist an. Herzlich willkommen")
                .contains("Taste 1: Ich habe einen Termin, Mit dem Buchungscode anmelden.")
                .contains("Taste 2: Ich habe keinen Termin, Eine Wartenummer ziehen.")
                .contains(german.get("home.scanHint"))
                .endsWith(german.get("speech.help"));
        for (Language language : Language.values()) {
            assertThat(home).contains(": " + language.ownName() + ".");
        }
        assertThat(kiosk.speaker.all()).allSatisfy(said -> assertThat(said.language()).isEqualTo(Language.GERMAN));

        assertThat(heardAfter(KeyCode.DOWN)).isEqualTo("1 von 12: Ich habe einen Termin, Mit dem Buchungscode anmelden");
        assertThat(heardAfter(KeyCode.DOWN)).isEqualTo("2 von 12: Ich habe keinen Termin, Eine Wartenummer ziehen");
        String categories = heardAfter(KeyCode.ENTER);
        assertThat(categories).startsWith("Worum geht es?").contains(german.get("categories.hint"));
        JsonNode catalogue = server.http.get("/api/v1/offices/buergerbuero/services", null).json().path("categories");
        List<String> categoryNames = new ArrayList<>();
        catalogue.forEach(category -> categoryNames.add(category.path("name").asText()));
        assertThat(categoryNames).hasSizeGreaterThan(3);
        for (int i = 0; i < categoryNames.size(); i++) {
            assertThat(categories).contains("Taste " + (i + 1) + ": " + categoryNames.get(i));
        }
        assertThat(categories).contains("Taste " + (categoryNames.size() + 1) + ": Zurück.");

        String services = choose("Melde");
        assertThat(services).startsWith("Was möchten Sie erledigen?");
        catalogue.forEach(category -> {
            if (category.path("id").asText().equals("melden")) {
                category.path("services").forEach(service -> assertThat(services).contains(service.path("name").asText()));
            }
        });
        String persons = choose("Wohnsitz anmelden oder ummelden");
        assertThat(persons).startsWith("Für wie viele Personen? Wohnsitz anmelden oder ummelden.")
                .contains("Taste 1: 1, Nur für mich.").contains("Taste 2: 2.");

        String ticket = heardAfter(KeyCode.DIGIT1);
        String number = text("#ticket-number");
        assertThat(ticket).startsWith(german.get("ticket.queued")).contains(german.get("ticket.yourNumber") + ". " + number + ".")
                .contains(german.get("ticket.take")).contains(": " + german.get("common.done") + ".");
        assertThat(kiosk.printer.tickets()).singleElement().satisfies(printed -> assertThat(printed.number()).isEqualTo(number));

        // Escape takes the way out: home, and the next citizen finds the kiosk silent.
        press(KeyCode.ESCAPE);
        showsHome();
        kiosk.waitUntil("ends speech mode", () -> !kiosk.kiosk().viewModel().speech().get());
    }

    @Test
    void aBookedCitizenChecksInByTypedCodeHearingTurkish() {
        Http.Response booked = server.book("personalausweis-beantragen", LocalDateTime.of(2026, 11, 24, 11, 30), "blind@example.de");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String code = booked.json().path("code").asText();
        server.clock.set(LocalDateTime.of(2026, 11, 24, 11, 20));
        Texts turkish = Texts.of(Language.TURKISH);

        showsHome();
        assertThat(heardAfter(KeyCode.F1)).contains("Taste 5: Türkçe.").contains("Taste 10: Leichte Sprache.");
        String home = heardAfter(KeyCode.DIGIT5);
        assertThat(home).startsWith(turkish.get("home.welcome")).contains("Tuş 1: " + turkish.get("home.appointment"));
        assertThat(last().language()).isEqualTo(Language.TURKISH);

        String codeScreen = heardAfter(KeyCode.DIGIT1);
        assertThat(codeScreen).startsWith(turkish.get("code.title")).contains(turkish.get("code.hint"))
                .contains(": " + turkish.get("code.delete") + ".").contains(": " + turkish.get("code.submit") + ".")
                .endsWith(turkish.get("speech.typeHelp"));
        for (char character : code.replace("-", "").toCharArray()) {
            KeyCode key = Character.isDigit(character) ? KeyCode.valueOf("DIGIT" + character) : KeyCode.valueOf(String.valueOf(character));
            assertThat(heardAfter(key)).isEqualTo(String.valueOf(character));
        }
        assertThat(text("#code").replace("-", "")).isEqualTo(code.replace("-", ""));

        String ticket = heardAfter(KeyCode.ENTER);
        assertThat(ticket).startsWith(turkish.get("ticket.checkedIn")).contains(text("#ticket-number"));
        assertThat(last().language()).isEqualTo(Language.TURKISH);
        assertThat(kiosk.printer.tickets()).hasSize(1);
    }

    /**
     * With large text the demo office's registration services no longer fit the upright screen in
     * Russian and are swiped; a citizen moving through them by keys sees each ringed choice come into view.
     */
    @Test
    void withLargeTextEveryChoiceReachedByKeyIsInView() {
        showsHome();
        robot.interact(() -> {
            kiosk.kiosk().viewModel().chooseLanguage(Language.RUSSIAN);
            kiosk.kiosk().viewModel().toggle(SeeingAid.LARGE_TEXT);
        });
        heardAfter(KeyCode.NUMPAD5);
        heardAfter(KeyCode.DIGIT2);
        List<String> categories = new ArrayList<>();
        server.http.get("/api/v1/offices/buergerbuero/services", null).json().path("categories")
                .forEach(category -> categories.add(category.path("id").asText()));
        heardAfter(KeyCode.valueOf("DIGIT" + (categories.indexOf("melden") + 1)));
        int choices = Integer.parseInt(heardAfter(KeyCode.DOWN).replaceFirst("^1 \\S+ (\\d+):.*", "$1"));
        boolean belowTheFold = false;
        for (int step = 1; step <= choices; step++) {
            if (step > 1) {
                heardAfter(KeyCode.DOWN);
            }
            AtomicReference<double[]> seen = new AtomicReference<>();
            robot.interact(() -> {
                Node ringed = stage.getScene().getRoot().lookup(".speech-focus");
                ScrollPane list = (ScrollPane) stage.getScene().getRoot().lookup(".scroll-pane");
                Bounds item = ringed.localToScene(ringed.getLayoutBounds());
                Bounds window = list.localToScene(list.getLayoutBounds());
                boolean inList = false;
                for (Node parent = ringed.getParent(); parent != null; parent = parent.getParent()) {
                    inList |= parent == list;
                }
                seen.set(new double[] {item.getMinY(), item.getMaxY(), window.getMinY(), window.getMaxY(), list.getVvalue(),
                        inList ? 1 : 0});
            });
            double[] at = seen.get();
            belowTheFold |= at[4] > 0;
            if (at[5] == 1) {
                assertThat(at[0]).as("choice %d's top", step).isGreaterThanOrEqualTo(at[2] - 0.5);
                assertThat(at[1]).as("choice %d's bottom", step).isLessThanOrEqualTo(at[3] + 0.5);
            }
        }
        assertThat(belowTheFold).as("the list had to be scrolled to show its last choices").isTrue();
    }

    @Test
    void aFingerHeldOnTheScreenStartsSpeechWithoutTakingTheButtonBeneathIt() throws Exception {
        showsHome();
        // The finger's events go through the scene as the touchscreen's would; a window manager has no say.
        robot.interact(() -> touch(MouseEvent.MOUSE_PRESSED, 0));
        robot.interact(() -> touch(MouseEvent.MOUSE_DRAGGED, 10));
        kiosk.waitUntil("starts speech mode", () -> kiosk.kiosk().viewModel().speech().get());
        robot.interact(() -> touch(MouseEvent.MOUSE_RELEASED, 10));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().lookup("#appointment")).as("still at home").isNotNull();
        assertThat(kiosk.speaker.last()).startsWith("Die Sprachausgabe ist an.");
        assertThat(kiosk.printer.tickets()).isEmpty();
    }

    /** Home, with the office's name the server gave: nothing about it changes while the test speaks to it. */
    private void showsHome() {
        kiosk.waitUntil("shows the home screen", () -> stage.getScene().getRoot().lookup("#title") instanceof Paragraph title
                && title.getText().endsWith("Bürgerbüro im Rathaus") && stage.getScene().getRoot().lookup("#walk-in") != null);
    }

    /** The text of a line on this kiosk's screen. */
    private String text(String id) {
        kiosk.waitUntil("shows " + id, () -> stage.getScene().getRoot().lookup(id) != null);
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            Node node = stage.getScene().getRoot().lookup(id);
            text.set(node instanceof Paragraph paragraph ? paragraph.getText() : ((Labeled) node).getText());
        });
        return text.get();
    }

    /** A key of the keypad or keyboard, into this kiosk's window as the keyboard's driver would send it. */
    private void press(KeyCode key) {
        String text = key.isLetterKey() || key.isDigitKey() ? key.getChar().toLowerCase(Locale.ROOT) : "";
        robot.interact(() -> {
            Event.fireEvent(stage.getScene(), new KeyEvent(KeyEvent.KEY_PRESSED, "", text, key, false, false, false, false));
            Event.fireEvent(stage.getScene(), new KeyEvent(KeyEvent.KEY_RELEASED, "", text, key, false, false, false, false));
        });
    }

    /**
     * A finger on the walk-in button, moved by {@code offset} from where it came down. It comes down
     * on the button; its moves and its lifting pass the scene at the point it came down, so a screen
     * drawn anew meanwhile (a button not yet laid out) cannot move it.
     */
    private void touch(EventType<MouseEvent> type, double offset) {
        if (type == MouseEvent.MOUSE_PRESSED) {
            touched = stage.getScene().getRoot().lookup("#walk-in");
            Bounds bounds = touched.localToScene(touched.getBoundsInLocal());
            touchedAt = new double[] {bounds.getCenterX(), bounds.getCenterY()};
        }
        double x = touchedAt[0] + offset;
        double y = touchedAt[1];
        Event.fireEvent(type == MouseEvent.MOUSE_PRESSED ? touched : stage.getScene(),
                new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null));
    }

    /** Presses the key and returns what the kiosk said to it. */
    private String heardAfter(KeyCode key) {
        int before = kiosk.speaker.all().size();
        press(key);
        kiosk.waitUntil("says something after " + key, () -> kiosk.speaker.all().size() > before && !busy());
        return kiosk.speaker.last();
    }

    /** While the kiosk waits for the server it says so; the screen that follows is what counts. */
    private boolean busy() {
        String last = kiosk.speaker.last();
        return kiosk.kiosk().viewModel().busy().get()
                || Arrays.stream(Language.values()).anyMatch(language -> Texts.of(language).get("common.busy").equals(last));
    }

    /** Moves down the choices until the one that begins so, takes it, and returns the next screen's reading. */
    private String choose(String label) {
        for (int step = 0; step < 20; step++) {
            String focused = heardAfter(KeyCode.DOWN);
            if (focused.matches("\\d+ von \\d+: " + Pattern.quote(label) + ".*")) {
                return heardAfter(KeyCode.ENTER);
            }
        }
        throw new AssertionError("No choice begins with " + label);
    }

    private RecordingSpeaker.Said last() {
        List<RecordingSpeaker.Said> all = kiosk.speaker.all();
        return all.get(all.size() - 1);
    }
}
