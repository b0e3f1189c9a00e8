package org.inspectorbench.ui.bundle;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.store.Finding;
import org.inspectorbench.ui.WorkbenchRoot;
import org.inspectorbench.ui.adapter.EngineScorer;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundle windows in the real workbench on a real office workspace, driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class BundleWindowsTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    private WorkbenchRoot open(FxRobot robot, BundleScenario s) {
        WorkbenchRoot[] root = new WorkbenchRoot[1];
        robot.interact(() -> {
            root[0] = new WorkbenchRoot(new WorkspaceStore(s.office), new EngineScorer(s.office.rubric(),
                    CalendarLoader.bundled()), new UiSettings(null), Executors.newSingleThreadExecutor(),
                    Executors.newSingleThreadExecutor(), Platform::runLater);
            root[0].start(stage);
        });
        waitUntil(() -> root[0].viewModel().readyProperty().get() && root[0].view().units() != null);
        return root[0];
    }

    @Test
    void previewThenImportMergesTheBundleAndCancelWritesNothing(FxRobot robot) throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.finding(3, "三件逾期");
            Path bundle = s.export("zs-1.inspbundle");
            WorkbenchRoot root = open(robot, s);
            assertTrue(robot.lookup("#menu-bar").tryQuery().isPresent());

            // Cancel first: the preview is shown, nothing is written.
            robot.interact(() -> root.bundles().importFiles(List.of(bundle)));
            waitUntil(() -> !robot.lookup("#bundle-import-ok").queryAs(Button.class).isDisabled());
            robot.clickOn("#bundle-import-cancel");
            waitUntil(() -> robot.lookup("#bundle-import-window").tryQuery().isEmpty());
            assertTrue(s.office.finding(f.id()).isEmpty(), "cancel writes nothing");

            robot.interact(() -> root.bundles().importFiles(List.of(bundle)));
            waitUntil(() -> !robot.lookup("#bundle-import-ok").queryAs(Button.class).isDisabled());
            String preview = robot.lookup("#bundle-preview").query().lookupAll(".label").stream()
                    .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(preview.contains("张三") && preview.contains("CN=张三") && preview.contains("签名有效"), preview);
            TableView<?> units = robot.lookup("#bundle-units").queryAs(TableView.class);
            assertEquals(1, units.getItems().size());
            assertTrue(s.office.finding(f.id()).isEmpty(), "the preview writes nothing");

            robot.clickOn("#bundle-import-ok");
            waitUntil(() -> robot.lookup("#bundle-import-status").queryAs(Label.class).getText().startsWith("已导入"));
            assertEquals(3, s.office.finding(f.id()).orElseThrow().count());
            assertEquals(1, s.office.evidence().of(f.id()).size());
            robot.clickOn("#bundle-import-cancel");
            robot.interact(stage::close);
        }
    }

    @Test
    void resolvingAConflictByTakingTheRightSide(FxRobot robot) throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.conflict();
            WorkbenchRoot root = open(robot, s);
            robot.interact(() -> root.bundles().openConflicts());
            waitUntil(() -> robot.lookup("#conflicts-take-right").tryQuery().isPresent()
                    && !robot.lookup("#conflicts-take-right").queryAs(Button.class).isDisabled());
            assertEquals(1, robot.lookup("#conflicts-list").queryAs(TableView.class).getItems().size());
            String right = robot.lookup("#conflicts-right-head").queryAs(Label.class).getText();
            String left = robot.lookup("#conflicts-left-head").queryAs(Label.class).getText();
            assertTrue((left + right).contains("★"), "the provisional winner is marked");
            assertTrue(robot.lookup("#conflicts-thumbnails").query().isVisible());

            robot.clickOn("#conflicts-take-right");
            waitUntil(() -> robot.lookup("#conflicts-status").queryAs(Label.class).getText().contains("已解决")
                    || robot.lookup("#conflicts-list").queryAs(TableView.class).getItems().isEmpty());
            waitUntil(() -> Conflicts.list(s.office).isEmpty());
            assertTrue(s.office.finding(f.id()).isPresent());
            robot.interact(() -> robot.lookup("#conflicts-window").query().getScene().getWindow().hide());
            robot.interact(stage::close);
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
