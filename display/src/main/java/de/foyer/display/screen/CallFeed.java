package de.foyer.display.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.WireJson;
import de.foyer.protocol.sse.EventStreamListener;
import de.foyer.protocol.sse.SseEvent;
import de.foyer.protocol.sse.StreamState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Reads the display stream ({@code state}, then {@code call}, {@code recall} and {@code notices}) on the stream's
 * own thread and hands each result to the view model on the UI thread. Parsing happens here, off
 * that thread; an event that cannot be read is logged and skipped, since the next full state will
 * put the screen right anyway.
 */
public final class CallFeed implements EventStreamListener {

    private static final Logger log = LoggerFactory.getLogger(CallFeed.class);
    private final ObjectMapper json = WireJson.newMapper();
    private final CallScreenViewModel viewModel;
    private final Executor uiThread;

    /** {@code uiThread} is {@code Platform::runLater} in the app. */
    public CallFeed(CallScreenViewModel viewModel, Executor uiThread) {
        this.viewModel = viewModel;
        this.uiThread = uiThread;
    }

    @Override
    public void onEvent(SseEvent event) {
        try {
            switch (event.name()) {
                case "state" -> {
                    DisplayState state = json.readValue(event.data(), DisplayState.class);
                    uiThread.execute(() -> viewModel.applyState(state));
                }
                case "notices" -> {
                    DisplayState.Notices notices = json.readValue(event.data(), DisplayState.Notices.class);
                    uiThread.execute(() -> viewModel.applyNotices(notices.notices()));
                }
                case "call", "recall" -> {
                    CallInfo call = json.readValue(event.data(), CallInfo.class);
                    uiThread.execute(() -> viewModel.applyCall(call));
                }
                default -> log.debug("Ignoring event '{}' the screen does not use", event.name());
            }
        } catch (IOException e) {
            log.warn("Skipping a '{}' event that could not be read: {}", event.name(), e.getMessage());
        }
    }

    @Override
    public void onStateChange(StreamState state) {
        uiThread.execute(() -> viewModel.connectionChanged(state));
    }
}
