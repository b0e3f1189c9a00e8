package org.inspectorbench.ui.common;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When the frame of the next pulse is on the screen. JavaFX's public API only tells when a pulse
 * has laid the scene out ({@link Scene#addPostLayoutPulseListener}); the drawing happens after that
 * on the render thread, and in software it takes longer than the layout. The pulse hands its frame
 * to the render thread at its end, and the render thread runs its jobs in order, so a job queued
 * after the pulse runs once that frame is drawn. (The only internal API the program uses: the
 * start-up figure and the first unit's selection depend on it, and the toolkit's render queue has
 * been the same since JavaFX 8.)
 */
public final class NextFrame {

    private NextFrame() {
    }

    /** Runs {@code drawn} on the render thread right after the next pulse's frame is drawn. Call on the FX thread. */
    public static void whenDrawn(Scene scene, Runnable drawn) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After this pulse: by then it has queued its frame with the render thread.
            Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(drawn)));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code then} on the FX thread once the next pulse's frame is drawn. Call on the FX thread. */
    public static void afterDrawn(Scene scene, Runnable then) {
        whenDrawn(scene, () -> Platform.runLater(then));
    }
}
