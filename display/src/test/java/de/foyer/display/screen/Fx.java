package de.foyer.display.screen;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the tests that run the real toolkit (headless Monocle in the build) share. */
public final class Fx {

    private Fx() {
    }

    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    /** Runs on the FX thread and returns the result; the scene graph is only read there. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Label label(Parent root, String id) {
        Node node = root.lookup("#" + id);
        if (!(node instanceof Label label)) {
            throw new AssertionError("No label #" + id);
        }
        return label;
    }

    /** Whether the node and all its parents are visible, i.e. a person sees it. */
    public static boolean shown(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
