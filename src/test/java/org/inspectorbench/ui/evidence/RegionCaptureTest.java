package org.inspectorbench.ui.evidence;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The capture overlay's band under a real (headless) mouse and keyboard, and the cut from the capture. */
@ExtendWith(ApplicationExtension.class)
class RegionCaptureTest {

    private final CompletableFuture<RegionSelection> picked = new CompletableFuture<>();
    private volatile boolean cancelled;
    private RegionPicker picker;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        picker = new RegionPicker(null, 400, 300, "hint", picked::complete, () -> cancelled = true);
        stage.setScene(new Scene(picker, 400, 300));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        picker.requestFocus();
    }

    @Test
    void draggingABandPicksIt(FxRobot robot) throws Exception {
        double x = picker.localToScreen(0, 0).getX();
        double y = picker.localToScreen(0, 0).getY();
        robot.moveTo(x + 250, y + 140).press(MouseButton.PRIMARY)
                .moveTo(x + 150, y + 90).moveTo(x + 50, y + 40).release(MouseButton.PRIMARY);

        RegionSelection s = picked.get(5, TimeUnit.SECONDS);
        assertEquals(50, s.x(), 1);
        assertEquals(40, s.y(), 1);
        assertEquals(200, s.width(), 1);
        assertEquals(100, s.height(), 1);
        assertFalse(cancelled);
    }

    @Test
    void enterWithoutABandTakesTheWholeScreen(FxRobot robot) throws Exception {
        robot.type(KeyCode.ENTER);
        assertEquals(new RegionSelection(0, 0, 400, 300), picked.get(5, TimeUnit.SECONDS));
    }

    @Test
    void escCancels(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cancelled);
        assertFalse(picked.isDone());
    }

    @Test
    void theBandIsCutFromTheCaptureAtTheScreensScale() {
        WritableImage shot = new WritableImage(800, 600); // a 400 x 300 screen at 200 %
        shot.getPixelWriter().setColor(100, 80, Color.RED);
        Image cut = ScreenCapture.crop(shot, new RegionSelection(50, 40, 200, 100), 400);
        assertEquals(400, cut.getWidth());
        assertEquals(200, cut.getHeight());
        assertEquals(Color.RED, cut.getPixelReader().getColor(0, 0));
    }

    @Test
    void theWholeFlowCutsTheDraggedBandAndGivesTheWindowBack(FxRobot robot) throws Exception {
        WritableImage screen = new WritableImage(1600, 1000); // what the robot would read
        screen.getPixelWriter().setColor(300, 200, Color.RED);
        CompletableFuture<Image> captured = new CompletableFuture<>();
        robot.interact(() -> ScreenCapture.start(stage, "hint", b -> screen, captured::complete,
                () -> captured.complete(null), captured::completeExceptionally));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> overlay() != null);
        Window overlay = overlay();
        double x = overlay.getX();
        double y = overlay.getY();
        robot.moveTo(x + 300, y + 200).press(MouseButton.PRIMARY).moveTo(x + 400, y + 260)
                .moveTo(x + 420, y + 280).release(MouseButton.PRIMARY);

        Image region = captured.get(5, TimeUnit.SECONDS);
        assertEquals(120, region.getWidth(), 1);
        assertEquals(80, region.getHeight(), 1);
        assertEquals(Color.RED, region.getPixelReader().getColor(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isShowing(), "the overlay is gone");
        assertFalse(stage.isIconified(), "the window is back");
    }

    @Test
    void escOnTheOverlayCancelsAndGivesTheWindowBack(FxRobot robot) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        robot.interact(() -> ScreenCapture.start(stage, "hint", b -> new WritableImage(1600, 1000),
                i -> outcome.complete("captured"), () -> outcome.complete("cancelled"), e -> outcome.complete("failed")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> overlay() != null);
        robot.type(KeyCode.ESCAPE);
        assertEquals("cancelled", outcome.get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isIconified());
    }

    @Test
    void aScreenThatCannotBeReadIsReportedAndTheWindowComesBack(FxRobot robot) throws Exception {
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();
        robot.interact(() -> ScreenCapture.start(stage, "hint", b -> {
            throw new UnsupportedOperationException("no screen capture here");
        }, i -> { }, () -> { }, failed::complete));
        assertTrue(failed.get(5, TimeUnit.SECONDS) instanceof UnsupportedOperationException);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isIconified());
        assertTrue(overlay() == null);
    }

    private static Window overlay() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof RegionPicker
                        && w.getScene().getWidth() > 400)
                .findFirst().orElse(null);
    }
}
