package org.inspectorbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Drawn" comes after the pulse that laid the change out, from the render thread; "after drawn" on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class NextFrameTest {

    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("before");
        scene = new Scene(label, 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void drawnComesAfterTheLayoutPulseOnTheRenderThread(FxRobot robot) throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<String> drawnOn = new CompletableFuture<>();
        robot.interact(() -> {
            label.setText("after");
            Runnable[] laidOut = new Runnable[1];
            laidOut[0] = () -> {
                scene.removePostLayoutPulseListener(laidOut[0]);
                events.add("laid out " + label.getWidth());
            };
            scene.addPostLayoutPulseListener(laidOut[0]);
            NextFrame.whenDrawn(scene, () -> {
                events.add("drawn");
                drawnOn.complete(Thread.currentThread().getName());
            });
        });
        String thread = drawnOn.get(10, TimeUnit.SECONDS);
        assertFalse(Platform.isFxApplicationThread(), "sanity");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("laid out"), events.toString());
        assertEquals("drawn", events.get(1));
        assertTrue(thread.startsWith("QuantumRenderer"), "drawn is told on the render thread, not " + thread);
    }

    @Test
    void afterDrawnRunsOnTheFxThread(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        robot.interact(() -> NextFrame.afterDrawn(scene, () -> onFx.complete(Platform.isFxApplicationThread())));
        assertTrue(onFx.get(10, TimeUnit.SECONDS));
    }
}
