package de.foyer.display;

import de.foyer.display.screen.CallFeed;
import de.foyer.display.screen.CallScreenView;
import de.foyer.display.screen.CallScreenViewModel;
import de.foyer.display.screen.ScreenTexts;
import de.foyer.protocol.sse.EventStream;
import de.foyer.protocol.sse.EventStreamListener;
import de.foyer.protocol.startup.FirstFrame;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.function.Function;

/**
 * One call screen at work: the view model fed by the server's display stream, drawn on a stage.
 * The stream runs on its own thread and reconnects by itself; what it reads reaches the view
 * model on the FX thread.
 */
public final class CallScreen implements AutoCloseable {

    private final CallScreenView view;
    private final EventStream stream;
    private final Heartbeats heartbeats;

    /**
     * {@code streams} opens the display stream for a listener, e.g. {@code ServerClient::displayStream};
     * {@code heartbeat} tells the server the screen is on, e.g. {@code () -> client.heartbeat(null)}, and is
     * sent every {@code heartbeatEvery}.
     */
    public CallScreen(CallScreenViewModel viewModel, Function<EventStreamListener, EventStream> streams,
                      Heartbeats.Sender heartbeat, Duration heartbeatEvery) {
        this.view = new CallScreenView(viewModel, ScreenTexts.load());
        this.stream = streams.apply(new CallFeed(viewModel, Platform::runLater));
        this.heartbeats = new Heartbeats(heartbeat, heartbeatEvery);
    }

    /** Shows the screen on the stage and starts following the server; call on the FX thread. */
    public void show(Stage stage, boolean fullScreen) {
        Scene scene = fullScreen ? sceneFilling(Screen.getPrimary()) : view.scene(1280, 720);
        stage.setTitle("Foyer");
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(FirstFrame.of("display", scene::removePostLayoutPulseListener));
        stage.show();
        if (fullScreen) {
            // After show(): some platforms (Monocle) can only make a window full screen once it has focus.
            scene.setCursor(Cursor.NONE);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        view.start();
        stream.start();
        heartbeats.start();
    }

    private Scene sceneFilling(Screen screen) {
        return view.scene(screen.getBounds().getWidth(), screen.getBounds().getHeight());
    }

    /** Stops following the server; the stage stays as it is. */
    @Override
    public void close() {
        heartbeats.close();
        stream.close();
        view.stop();
    }
}
