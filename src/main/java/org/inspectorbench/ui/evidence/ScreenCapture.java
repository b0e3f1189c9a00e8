package org.inspectorbench.ui.evidence;

import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * A screen-region capture: the workbench steps aside (minimised), the screen it was on is captured
 * once, and a full-screen overlay shows that picture for the inspector to drag a band over; the
 * band is cut out of the same picture. Cutting from one capture means the overlay itself never ends
 * up in the evidence, whatever the window manager's timing. The window comes back either way.
 */
public final class ScreenCapture {

    /** Long enough for the window manager to take the minimised window off the screen. */
    private static final Duration STEP_ASIDE = Duration.millis(350);

    private ScreenCapture() {
    }

    /** {@code failed}: the screen could not be read (no robot on this platform); the window is back. */
    public static void start(Window owner, String hint, Consumer<Image> captured, Runnable cancelled,
                             Consumer<RuntimeException> failed) {
        start(owner, hint, b -> new Robot().getScreenCapture(null, b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight(), false), captured, cancelled, failed);
    }

    /** {@code grab} reads the screen's pixels (the JavaFX robot; a picture in tests, where Monocle has none). */
    static void start(Window owner, String hint, java.util.function.Function<Rectangle2D, Image> grab,
                      Consumer<Image> captured, Runnable cancelled, Consumer<RuntimeException> failed) {
        Stage stage = owner instanceof Stage s ? s : null;
        Rectangle2D bounds = screenOf(owner).getBounds();
        if (stage != null) {
            stage.setIconified(true);
        }
        PauseTransition wait = new PauseTransition(STEP_ASIDE);
        wait.setOnFinished(e -> {
            Image shot;
            try {
                shot = grab.apply(bounds);
            } catch (RuntimeException problem) {
                restore(stage);
                failed.accept(problem);
                return;
            }
            Stage overlay = new Stage(StageStyle.TRANSPARENT);
            if (owner != null) {
                overlay.initOwner(owner);
            }
            overlay.setAlwaysOnTop(true);
            overlay.setX(bounds.getMinX());
            overlay.setY(bounds.getMinY());
            RegionPicker picker = new RegionPicker(shot, bounds.getWidth(), bounds.getHeight(), hint, sel -> {
                overlay.close();
                restore(stage);
                captured.accept(crop(shot, sel, bounds.getWidth()));
            }, () -> {
                overlay.close();
                restore(stage);
                cancelled.run();
            });
            overlay.setScene(new Scene(picker, bounds.getWidth(), bounds.getHeight(), Color.TRANSPARENT));
            overlay.setOnCloseRequest(c -> picker.cancel());
            overlay.show();
            picker.requestFocus();
        });
        wait.play();
    }

    /** The band cut out of the capture (which may have more pixels than the screen has JavaFX pixels). */
    static Image crop(Image shot, RegionSelection sel, double screenWidth) {
        double scale = shot.getWidth() / screenWidth;
        int[] p = sel.pixels(scale, (int) shot.getWidth(), (int) shot.getHeight());
        return new WritableImage(shot.getPixelReader(), p[0], p[1], p[2], p[3]);
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }

    private static void restore(Stage stage) {
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
        }
    }
}
