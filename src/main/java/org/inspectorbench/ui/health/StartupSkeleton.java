package org.inspectorbench.ui.health;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What the window shows in its first frame, before the workspace is open: the shape of the
 * workbench (menu bar, units list) in grey and a line saying what start-up is doing. Plain
 * regions and one label: cheap to build, so that the window appears at once.
 */
public final class StartupSkeleton {

    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final String stylesheet;

    public StartupSkeleton(String statusText, String stylesheet) {
        this.stylesheet = stylesheet;
        root.setId("startup-skeleton");
        Region menu = new Region();
        menu.getStyleClass().add("skeleton-menu");
        root.setTop(menu);
        VBox units = new VBox();
        units.getStyleClass().add("skeleton-units");
        units.setPrefWidth(280);
        for (int i = 0; i < 12; i++) {
            Region row = new Region();
            row.getStyleClass().add("skeleton-row");
            units.getChildren().add(row);
        }
        root.setLeft(units);
        status.getStyleClass().add("skeleton-status");
        status.setId("startup-status");
        status.setText(statusText);
        BorderPane.setAlignment(status, Pos.CENTER);
        root.setCenter(status);
    }

    /** Puts the skeleton in the stage (a new scene at the window's size, or the stage's own). */
    public void showIn(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, WIDTH, HEIGHT);
            scene.getStylesheets().add(stylesheet);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
            if (stage.getWidth() < WIDTH * 0.8) {
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.centerOnScreen();
            }
        }
        stage.show();
    }

    public void status(String text) {
        status.setText(text);
    }
}
