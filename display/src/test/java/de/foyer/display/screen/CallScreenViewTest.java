package de.foyer.display.screen;

import de.foyer.protocol.CallInfo;
import de.foyer.protocol.DisplayState;
import de.foyer.server.testing.MutableClock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static de.foyer.display.screen.Fx.label;
import static de.foyer.display.screen.Fx.onFx;
import static de.foyer.display.screen.Fx.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The view on the real (headless) toolkit: sized by the screen, laid out by its orientation, showing the view model. */
class CallScreenViewTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 24, 10, 42));
    private final CallScreenViewModel screen = new CallScreenViewModel(clock, new RecordingSounds().signal(), Duration.ofSeconds(3));

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @Test
    void fontsFollowTheSizeOfTheScreen() {
        screen.applyState(new DisplayState("a", "Wartebereich A", List.of(new CallInfo("A017", "3", clock.now(), 0))));
        double full = onFx(() -> fontSize(1920, 1080, "current-number"));
        double half = onFx(() -> fontSize(960, 540, "current-number"));
        double portrait = onFx(() -> fontSize(1080, 1920, "history-number-0"));
        assertThat(full).isGreaterThan(150);
        assertThat(half).isCloseTo(full / 2, within(1.0));
        assertThat(portrait).isCloseTo(onFx(() -> fontSize(1920, 1080, "history-number-0")), within(8.0));
    }

    @Test
    void landscapePutsTheEarlierCallsBesideTheNewestAndPortraitBelow() {
        Bounds[] landscape = onFx(() -> bounds(1920, 1080));
        assertThat(landscape[1].getMinX()).isGreaterThan(landscape[0].getMaxX());
        Bounds[] portrait = onFx(() -> bounds(1080, 1920));
        assertThat(portrait[1].getMinY()).isGreaterThan(portrait[0].getMaxY());
    }

    @Test
    void theScreenShowsTheCallsTheRecallAndTheConnectionMark() {
        CallScreenView view = onFx(() -> new CallScreenView(screen, ScreenTexts.load()));
        Parent root = onFx(() -> laidOut(view, 1920, 1080).getRoot());
        assertThat(onFx(() -> shown(root.lookup("#idle")))).isTrue();
        assertThat(onFx(() -> shown(root.lookup("#connection-notice")))).isFalse();

        onFx(() -> {
            screen.applyState(new DisplayState("a", "Wartebereich A", List.of(new CallInfo("A016", "2", clock.now(), 0))));
            screen.applyCall(new CallInfo("A017", "3", clock.now(), 0));
            return null;
        });
        assertThat(onFx(() -> label(root, "current-number").getText())).isEqualTo("A017");
        assertThat(onFx(() -> label(root, "current-counter").getText())).isEqualTo("3");
        assertThat(onFx(() -> label(root, "history-number-0").getText())).isEqualTo("A016");
        assertThat(onFx(() -> root.lookup("#current").getStyleClass())).contains("flash");
        assertThat(onFx(() -> shown(root.lookup("#recall-badge")))).isFalse();
        assertThat(onFx(() -> shown(root.lookup("#idle")))).isFalse();

        onFx(() -> {
            screen.applyCall(new CallInfo("A016", "2", clock.now(), 1));
            screen.connectionChanged(new de.foyer.protocol.sse.StreamState(de.foyer.protocol.sse.ConnectionState.DISCONNECTED,
                    de.foyer.protocol.sse.DisconnectReason.NETWORK_ERROR, "gone", clock.instant().minusSeconds(9), Duration.ofSeconds(1)));
            return null;
        });
        assertThat(onFx(() -> label(root, "current-number").getText())).isEqualTo("A016");
        assertThat(onFx(() -> shown(root.lookup("#recall-badge")))).isTrue();
        assertThat(onFx(() -> shown(root.lookup("#connection-notice")))).isTrue();
    }

    private double fontSize(double width, double height, String id) {
        CallScreenView view = new CallScreenView(screen, ScreenTexts.load());
        return label(laidOut(view, width, height).getRoot(), id).getFont().getSize();
    }

    private Bounds[] bounds(double width, double height) {
        Scene scene = laidOut(new CallScreenView(screen, ScreenTexts.load()), width, height);
        Node current = scene.getRoot().lookup("#current");
        Node history = scene.getRoot().lookup("#history");
        return new Bounds[] {current.localToScene(current.getLayoutBounds()), history.localToScene(history.getLayoutBounds())};
    }

    private static Scene laidOut(CallScreenView view, double width, double height) {
        Scene scene = view.scene(width, height);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }
}
