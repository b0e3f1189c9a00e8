package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.units.UnitRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on a real SQLite workspace: what is edited survives closing and reopening. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    private WorkbenchRoot show(FxRobot robot, Path file, ExecutorService writer) {
        WorkbenchRoot[] root = new WorkbenchRoot[1];
        robot.interact(() -> {
            root[0] = new WorkbenchRoot(new WorkspaceStore(Workspace.open(file)),
                    FakeStore.scorer(), new UiSettings(null), writer, Executors.newSingleThreadExecutor(),
                    Platform::runLater);
            root[0].start(stage);
        });
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root[0].viewModel().readyProperty().get() && root[0].view().units() != null);
        ListView<UnitRow> list = root[0].view().units().list();
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(r -> r.name().equals("涪城区")).findFirst().orElseThrow()));
        w.waitUntil(() -> root[0].viewModel().sessionProperty().get() != null
                && root[0].viewModel().sessionProperty().get().unit().name().equals("涪城区"));
        return root[0];
    }

    @Test
    void closingAndReopeningKeepsEverythingAndUndoWorksAfterwards(FxRobot robot) throws Exception {
        Path file = dir.resolve("test.inspector");
        Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三").close();
        WindowRobot w = new WindowRobot(robot);

        ExecutorService writer = Executors.newSingleThreadExecutor();
        show(robot, file, writer);
        w.waitForText("#score-total", "总分 100.00");
        robot.clickOn(w.inRule("在省市检查评估中被通报的", CheckBox.class));
        w.waitForText("#score-total", "总分 95.00");
        robot.interact(stage::close);
        writer.shutdown();
        assertTrue(writer.awaitTermination(5, TimeUnit.SECONDS));

        WorkbenchRoot again = show(robot, file, Executors.newSingleThreadExecutor());
        w.waitForText("#score-total", "总分 95.00");
        assertTrue(w.inRule("在省市检查评估中被通报的", CheckBox.class).isSelected());
        assertEquals("第二等次", w.text("#score-tier"));

        // The keyboard path of undo is WorkbenchWindowTest's; here: the history survives the restart.
        robot.interact(() -> again.viewModel().undo());
        w.waitForText("#score-total", "总分 100.00");
        assertTrue(again.viewModel().store().findings("涪城区").isEmpty());
        robot.interact(stage::close);
    }
}
