package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** F1 opens the user guide in the program's language, with its contents list and the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {

    private WorkbenchRoot root;

    @Start
    void start(Stage stage) {
        Fonts.load();
        root = new WorkbenchRoot(new FakeStore(), FakeStore.scorer(), new UiSettings(null),
                Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
        root.start(stage);
    }

    @Test
    void f1OpensTheGuideAndEscapeClosesIt(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root.viewModel().readyProperty().get());
        robot.press(KeyCode.F1).release(KeyCode.F1);

        w.waitUntil(() -> helpWindow().isPresent() && guideShows("检查员的一天"));
        ListView<?> contents = robot.lookup("#guide-contents").queryAs(ListView.class);
        assertTrue(contents.getItems().size() >= 8, "contents: " + contents.getItems());
        assertTrue(robot.lookup("#help-shortcuts").tryQuery().isPresent(), "the shortcuts tab is there");

        robot.interact(() -> contents.getSelectionModel().select(contents.getItems().size() - 1));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        w.waitUntil(() -> helpWindow().isEmpty());
    }

    @Test
    void theGuideFollowsTheLanguage(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root.viewModel().readyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        w.waitUntil(() -> guideShows("An inspector's day"));
    }

    private static Optional<Window> helpWindow() {
        return Window.getWindows().stream()
                .filter(win -> win.isShowing() && win.getScene() != null
                        && win.getScene().lookup("#guide-view") != null)
                .findFirst();
    }

    private static boolean guideShows(String heading) {
        return helpWindow().map(win -> win.getScene().getRoot().lookupAll(".guide-heading").stream()
                .anyMatch((Node n) -> n instanceof Label l && heading.equals(l.getText()))).orElse(false);
    }
}
