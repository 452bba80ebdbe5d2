package de.foyer.display;

import de.foyer.display.screen.CallScreenViewModel;
import de.foyer.display.screen.ScreenTexts;
import de.foyer.display.sound.Announcer;
import de.foyer.display.sound.CallSignal;
import de.foyer.display.sound.Chime;
import de.foyer.display.sound.EspeakAnnouncer;
import de.foyer.hardware.voice.Espeak;
import de.foyer.display.sound.ToneChime;
import de.foyer.protocol.client.ServerClient;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/** The JavaFX application of the call screen; started by {@link DisplayMain}, which checked the options. */
public final class DisplayApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(DisplayApp.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SPEECH_TIMEOUT = Duration.ofSeconds(20);
    private CallScreen screen;

    @Override
    public void start(Stage stage) {
        DisplayOptions options = DisplayOptions.parse(getParameters().getRaw(), System.getenv());
        CallScreenViewModel viewModel = new CallScreenViewModel(
                Clock.systemDefaultZone(), signal(options), CallScreenViewModel.OFFLINE_GRACE);
        viewModel.setTicker(ticker(options));
        ServerClient client = new ServerClient(options.server(), options.token(), REQUEST_TIMEOUT);
        screen = new CallScreen(viewModel, client::displayStream, () -> client.heartbeat(null), Heartbeats.EVERY);
        screen.show(stage, !options.windowed());
        log.info("Call screen following {}", options.server());
    }

    @Override
    public void stop() {
        if (screen != null) {
            screen.close();
        }
    }

    static String ticker(DisplayOptions options) {
        if (!options.notices().isEmpty()) {
            return String.join("   •   ", options.notices());
        }
        return ScreenTexts.load().standardNotice();
    }

    private static CallSignal signal(DisplayOptions options) {
        if (options.mute()) {
            return CallSignal.silent();
        }
        Announcer announcer = Announcer.silent();
        if (options.speech()) {
            announcer = Espeak.onPath(System.getenv("PATH"))
                    .<Announcer>map(espeak -> new EspeakAnnouncer(espeak, SPEECH_TIMEOUT))
                    .orElseGet(() -> {
                        log.info("{} is not installed: calls are chimed and shown, not spoken", Espeak.PROGRAM);
                        return Announcer.silent();
                    });
        }
        Chime chime = new ToneChime();
        return CallSignal.onOwnThread(chime, announcer);
    }
}
