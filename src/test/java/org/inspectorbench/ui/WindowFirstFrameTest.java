package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.port.FindingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's first frame holds the menus and the units list; the checklist, evidence, score and
 * history panes join it once that frame is drawn, and the first unit is chosen then.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFirstFrameTest {

    private WorkbenchRoot root;
    private final List<String> firstFrame = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Fonts.load();
        FakeStore store = new FakeStore();
        store.put(new FindingRecord("f-1", "涪城区", "日常工作/省市通报", "1a", false, null, null, 1, null, null));
        root = new WorkbenchRoot(store, FakeStore.scorer(), new UiSettings(null),
                Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
        root.start(stage);
        // The first pulse after the window is built lays out the first frame: the units list is
        // in the scene by then (the split pane's skin places its items), the other panes are not.
        root.viewModel().readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    WorkbenchView v = root.view();
                    firstFrame.add("units in scene: " + (v.units().getScene() != null));
                    firstFrame.add("checklist in scene: " + (v.checklist().getScene() != null));
                    firstFrame.add("evidence in scene: " + (v.evidencePanel().getScene() != null));
                    firstFrame.add("selected: " + v.units().list().getSelectionModel().getSelectedItem());
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }

    @Test
    void thePanesAndTheFirstUnitFollowTheFirstFrame(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> !firstFrame.isEmpty());
        assertEquals(List.of("units in scene: true", "checklist in scene: false", "evidence in scene: false",
                "selected: null"), firstFrame);

        w.waitUntil(() -> root.viewModel().sessionProperty().get() != null);
        WorkbenchView v = root.view();
        assertTrue(v.checklist().getScene() != null && v.evidencePanel().getScene() != null);
        assertEquals(v.units().list().getItems().get(0).unit(), root.viewModel().sessionProperty().get().unit());
        // The checklist shows that unit's tabs, not the invitation to choose a unit.
        w.waitUntil(() -> robot.lookup("#checklist-tabs").tryQuery().isPresent());
    }
}
