package org.inspectorbench.ui.evidence;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;

import java.util.function.Consumer;

/**
 * The full-screen layer of a screen-region capture: the screen as it was (dimmed), a rubber band
 * drawn by dragging, Enter to take the band (or the whole screen when nothing is drawn), Esc to
 * cancel. Knows nothing of stages or robots, so that it can be driven in a test.
 */
public final class RegionPicker extends Pane {

    private final double screenWidth;
    private final double screenHeight;
    private final Rectangle band = new Rectangle();
    private final Consumer<RegionSelection> picked;
    private final Runnable cancelled;
    private double startX;
    private double startY;
    private RegionSelection selection;
    private boolean done;

    public RegionPicker(Image screen, double screenWidth, double screenHeight, String hint,
                        Consumer<RegionSelection> picked, Runnable cancelled) {
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
        this.picked = picked;
        this.cancelled = cancelled;
        setId("region-picker");
        setPrefSize(screenWidth, screenHeight);
        if (screen != null) {
            ImageView shot = new ImageView(screen);
            shot.setFitWidth(screenWidth);
            shot.setFitHeight(screenHeight);
            getChildren().add(shot);
        }
        Rectangle dim = new Rectangle(screenWidth, screenHeight, Color.rgb(0, 0, 0, 0.3));
        dim.setMouseTransparent(true);
        band.setId("region-band");
        band.setFill(Color.rgb(255, 255, 255, 0.15));
        band.setStroke(Color.web("#1e88e5"));
        band.setStrokeWidth(2);
        band.setStrokeType(StrokeType.INSIDE);
        band.setVisible(false);
        band.setMouseTransparent(true);
        Label tip = new Label(hint);
        tip.getStyleClass().add("region-hint");
        tip.setStyle("-fx-background-color: rgba(0,0,0,0.7); -fx-text-fill: white; -fx-padding: 6 10;");
        tip.relocate(16, 16);
        getChildren().addAll(dim, band, tip);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            startX = e.getX();
            startY = e.getY();
            show(RegionSelection.between(startX, startY, startX, startY, screenWidth, screenHeight));
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e ->
                show(RegionSelection.between(startX, startY, e.getX(), e.getY(), screenWidth, screenHeight)));
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            show(RegionSelection.between(startX, startY, e.getX(), e.getY(), screenWidth, screenHeight));
            if (selection.usable()) {
                finish(selection);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                finish(selection != null && selection.usable() ? selection
                        : new RegionSelection(0, 0, screenWidth, screenHeight));
            }
        });
    }

    private void show(RegionSelection s) {
        selection = s;
        band.setX(s.x());
        band.setY(s.y());
        band.setWidth(s.width());
        band.setHeight(s.height());
        band.setVisible(s.usable());
    }

    /** The band as drawn so far (null before the first press). */
    public RegionSelection selection() {
        return selection;
    }

    public void cancel() {
        if (!done) {
            done = true;
            cancelled.run();
        }
    }

    private void finish(RegionSelection s) {
        if (!done) {
            done = true;
            picked.accept(s);
        }
    }
}
