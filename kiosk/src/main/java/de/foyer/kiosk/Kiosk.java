package de.foyer.kiosk;

import de.foyer.hardware.printer.TicketPrinter;
import de.foyer.hardware.scanner.BarcodeScanner;
import de.foyer.hardware.scanner.KeyboardWedgeScanner;
import de.foyer.hardware.scanner.ScanListener;
import de.foyer.kiosk.flow.KioskFlow;
import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.flow.Tasks;
import de.foyer.kiosk.server.KioskServer;
import de.foyer.kiosk.speech.Speaker;
import de.foyer.kiosk.speech.SpeechGuide;
import de.foyer.kiosk.ui.Layout;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A running kiosk: its screens, a worker thread for the server and the printer, the health checks
 * every few seconds, the scanner, and the ticking that brings an idle kiosk home.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);

    /** @param healthInterval how often the printer is asked and a heartbeat is sent */
    /** How long a finger rests on the screen to start speech mode. */
    private static final javafx.util.Duration LONG_PRESS = javafx.util.Duration.seconds(2);
    /** How far (in the window's pixels) a finger may wander and still count as held still. */
    private static final double STILL_FINGER = 24;

    public record Settings(Duration idleTimeout, Duration healthInterval) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), Duration.ofSeconds(5));
        }
    }

    private final KioskFlow flow;
    private final KioskView view;
    private final BarcodeScanner scanner;
    private final ExecutorService work;
    private final ScheduledExecutorService checks;
    private final Timeline ticker;
    private final SpeechGuide guide;
    private final Speaker speaker;

    private Kiosk(KioskFlow flow, KioskView view, BarcodeScanner scanner, ExecutorService work,
                  ScheduledExecutorService checks, Timeline ticker, SpeechGuide guide, Speaker speaker) {
        this.flow = flow;
        this.view = view;
        this.scanner = scanner;
        this.work = work;
        this.checks = checks;
        this.ticker = ticker;
        this.guide = guide;
        this.speaker = speaker;
    }

    /** Starts the kiosk; call on the JavaFX thread. */
    public static Kiosk start(KioskServer server, TicketPrinter printer, BarcodeScanner scanner, Speaker speaker, Clock clock,
                              Layout layout, Settings settings) {
        ExecutorService work = Executors.newSingleThreadExecutor(daemon("kiosk-work"));
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-health"));
        KioskFlow flow = KioskFlow.create(server, printer, new Tasks(work, Platform::runLater), checks, clock,
                settings.idleTimeout());
        KioskViewModel model = flow.viewModel();
        checks.scheduleWithFixedDelay(() -> {
            try {
                flow.health().check();
            } catch (RuntimeException e) {
                LOG.error("Health check failed", e);
            }
        }, 0, settings.healthInterval().toMillis(), TimeUnit.MILLISECONDS);
        scanner.start(new ScanListener() {
            public void scanned(String code) {
                Platform.runLater(() -> model.scanned(code));
            }
        });
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        KioskView view = new KioskView(model, layout);
        SpeechGuide guide = new SpeechGuide(model, speaker);
        view.onShown(guide::shown);
        return new Kiosk(flow, view, scanner, work, checks, ticker, guide, speaker);
    }

    /**
     * The kiosk's scene: every touch counts as activity, a finger held still starts speech mode, the
     * keys go to speech mode, and a keyboard-wedge scanner is fed the typed keys.
     */
    public Scene scene() {
        Scene scene = new Scene(view.fitted());
        KioskViewModel model = flow.viewModel();
        PauseTransition held = new PauseTransition(LONG_PRESS);
        boolean[] heldLong = new boolean[1];
        held.setOnFinished(event -> {
            heldLong[0] = true;
            guide.longPress();
        });
        double[] pressedAt = new double[2];
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            model.touched();
            heldLong[0] = false;
            pressedAt[0] = event.getSceneX();
            pressedAt[1] = event.getSceneY();
            held.playFromStart();
        });
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            held.stop();
            // The finger that started speech mode lifts without taking what lay beneath it.
            if (heldLong[0]) {
                heldLong[0] = false;
                event.consume();
            }
        });
        // A finger that rests still moves a little; one that slides away is not holding.
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            if (Math.hypot(event.getSceneX() - pressedAt[0], event.getSceneY() - pressedAt[1]) > STILL_FINGER) {
                held.stop();
            }
        });
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, event -> model.touched());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            model.touched();
            guide.keyPressed(event);
        });
        if (scanner instanceof KeyboardWedgeScanner wedge) {
            scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                String typed = event.getCharacter();
                if (!typed.isEmpty() && wedge.keyTyped(typed.charAt(0), System.nanoTime() / 1_000_000)) {
                    event.consume();
                }
            });
        }
        return scene;
    }

    public KioskViewModel viewModel() {
        return flow.viewModel();
    }

    @Override
    public void close() {
        ticker.stop();
        speaker.close();
        scanner.close();
        checks.shutdownNow();
        work.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
