package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.evidence.EvidenceItem;
import org.inspectorbench.ui.port.FindingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window as an inspector uses it, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private FakeStore store;
    private WorkbenchRoot root;
    /** What the window's first frame holds, noted at the first layout pulse after it is built. */
    private final java.util.List<String> firstFrame = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        Fonts.load();
        store = new FakeStore();
        // 涪城区 starts at 90 (省上通报 -10): one more 5-point deduction takes it below 第二等次 (>= 90).
        store.put(new FindingRecord("f-1", "涪城区", "日常工作/省市通报", "1a", false, null, null, 1, null, null));
        root = new WorkbenchRoot(store, FakeStore.scorer(), new UiSettings(null),
                Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
        root.start(stage);
        // Added after the view's own listener: the next pulse lays out the window the view has
        // just built. The units list is in the scene by then (the split pane's skin places its
        // items); the other panes are not.
        root.viewModel().readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                javafx.scene.Scene scene = stage.getScene();
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

    /**
     * The first frame holds the menus and the units list; the checklist, evidence, score and
     * history panes join it once that frame is drawn, and the first unit is chosen then.
     */
    @Test
    void thePanesAndTheFirstUnitFollowTheFirstFrame(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> !firstFrame.isEmpty());
        assertEquals(java.util.List.of("units in scene: true", "checklist in scene: false", "evidence in scene: false",
                "selected: null"), firstFrame);

        w.waitUntil(() -> root.viewModel().sessionProperty().get() != null);
        WorkbenchView v = root.view();
        assertTrue(v.checklist().getScene() != null && v.evidencePanel().getScene() != null);
        assertEquals(v.units().list().getItems().get(0).unit(), root.viewModel().sessionProperty().get().unit());
        // The checklist shows that unit's tabs, not the invitation to choose a unit.
        w.waitUntil(() -> robot.lookup("#checklist-tabs").tryQuery().isPresent());
    }

    private WindowRobot open(FxRobot robot, String unit) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root.viewModel().readyProperty().get() && root.view().units() != null);
        ListView<?> list = robot.lookup("#units-list").queryAs(ListView.class);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.Node n) ->
                WindowRobot.find(n, c -> c instanceof javafx.scene.control.Label l && unit.equals(l.getText()))
                        .isPresent()).queryAs(javafx.scene.Node.class));
        w.waitUntil(() -> root.viewModel().sessionProperty().get() != null
                && root.viewModel().sessionProperty().get().unit().name().equals(unit));
        assertTrue(list.getItems().size() >= 3);
        return w;
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#checklist-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void aLongTaskShowsItsProgressAtTheBottomAndTheAreaGoesWhenItEnds(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root.viewModel().readyProperty().get());
        javafx.scene.layout.VBox area = robot.lookup(".task-area").queryAs(javafx.scene.layout.VBox.class);
        assertFalse(area.isVisible());
        javafx.concurrent.Task<Void> task = new javafx.concurrent.Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        };
        robot.interact(() -> root.tasks().getTasks().add(task));
        assertTrue(area.isVisible());
        assertTrue(area.getChildren().contains(root.tasks()), "the progress list is in the window");
        assertTrue(root.tasks().getScene() != null);

        robot.interact(() -> root.tasks().getTasks().remove(task));
        assertFalse(area.isVisible());
    }

    @Test
    void theUnitsListsFixedCellHeightIsTheHeightItsCellsWouldTakeThemselves(FxRobot robot) {
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root.viewModel().readyProperty().get() && root.view().units() != null);
        ListView<?> list = robot.lookup("#units-list").queryAs(ListView.class);
        w.waitUntil(() -> robot.lookup("#units-list .list-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.ListCell<?>) n).getGraphic() != null));
        java.util.List<Double> natural = new java.util.ArrayList<>();
        robot.interact(() -> robot.lookup("#units-list .list-cell").queryAll().forEach(n -> {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
            if (cell.getGraphic() != null) {
                double inner = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
                natural.add(cell.snappedTopInset() + cell.getGraphic().prefHeight(inner) + cell.snappedBottomInset());
            }
        }));
        assertTrue(list.getFixedCellSize() > 0, "the list does not measure its cells");
        assertFalse(natural.isEmpty());
        for (double h : natural) {
            assertEquals(list.getFixedCellSize(), Math.ceil(h), 1.0,
                    "a unit's cell needs " + h + " px: set #units-list's -fx-fixed-cell-size in workbench.css to that");
        }
    }

    @Test
    void checkingAYesNoRuleChangesTotalAndTier(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        w.waitForText("#score-total", "总分 90.00");
        assertEquals("第二等次", w.text("#score-tier"));

        robot.clickOn(w.inRule("在省市检查评估中被通报的", CheckBox.class));

        w.waitForText("#score-total", "总分 85.00");
        assertEquals("第三等次", w.text("#score-tier"));
        assertTrue(w.text("#score-last-edit").contains("-5"), w.text("#score-last-edit"));
    }

    @Test
    void anEditUpdatesTheScorePaneAndTheUnitRowInPlace(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        w.waitForText("#score-total", "总分 90.00");
        javafx.scene.Node total = robot.lookup("#score-total").query();
        java.util.Set<javafx.scene.Node> parts = new java.util.HashSet<>(robot.lookup(".score-parts .label").queryAll());
        javafx.scene.Node rowTotal = robot.lookup(".unit-total").match((javafx.scene.control.Label l) ->
                "90.00".equals(l.getText())).query();

        robot.clickOn(w.inRule("在省市检查评估中被通报的", CheckBox.class));

        w.waitForText("#score-total", "总分 85.00");
        assertTrue(total == robot.lookup("#score-total").query(), "the same total label");
        assertEquals(parts, new java.util.HashSet<>(robot.lookup(".score-parts .label").queryAll()),
                "the parts' labels are kept, only their texts change");
        java.util.List<String> texts = robot.lookup(".score-parts .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(texts.contains("10.00 / 15.00"), texts.toString());
        w.waitUntil(() -> "85.00".equals(((javafx.scene.control.Label) rowTotal).getText()));
    }

    @Test
    void switchingUnitsReusesTheRowsWithTheOtherUnitsValues(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        CheckBox first = w.inRule("在省市检查评估中被通报的", CheckBox.class);
        robot.clickOn(first);
        w.waitForText("#score-total", "总分 85.00");

        open(robot, "高新区");
        w.waitUntil(() -> !w.inRule("在省市检查评估中被通报的", CheckBox.class).isSelected());
        CheckBox second = w.inRule("在省市检查评估中被通报的", CheckBox.class);
        assertTrue(first == second, "the row was re-bound, not made again");
        robot.clickOn(second);
        w.waitUntil(() -> store.findings("高新区").size() == 1);
        assertEquals("高新区", store.findings("高新区").get(0).unit());

        open(robot, "涪城区");
        w.waitUntil(() -> w.inRule("在省市检查评估中被通报的", CheckBox.class).isSelected());
        w.waitForText("#score-total", "总分 85.00");
        assertEquals(2, store.findings("涪城区").size());
    }

    /** A note is committed on Enter or leaving the field; moving to the next unit must not drop it. */
    @Test
    void aNoteBeingTypedIsKeptWhenMovingToTheNextUnit(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        String rule = "在省市检查评估中被通报的";
        robot.clickOn(w.inRule(rule, CheckBox.class));
        javafx.scene.control.TextField note = w.inRule(rule, javafx.scene.control.TextField.class);
        w.waitUntil(() -> !note.isDisabled());
        robot.clickOn(note).write("tongbao 2022");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        w.waitUntil(() -> !root.viewModel().sessionProperty().get().unit().name().equals("涪城区"));
        w.waitUntil(() -> store.findings("涪城区").stream().anyMatch(f -> "tongbao 2022".equals(f.note())));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        w.waitUntil(() -> root.viewModel().sessionProperty().get().unit().name().equals("涪城区"));
        w.waitUntil(() -> "tongbao 2022".equals(w.inRule(rule, javafx.scene.control.TextField.class).getText()));
    }

    @Test
    void aCountPastTheCapDeductsTheCapOnly(FxRobot robot) {
        WindowRobot w = open(robot, "市发展改革委");
        tab(robot, 2);
        Spinner<?> spinner = w.inRule("机构职能信息不准确的", Spinner.class);
        robot.interact(() -> spinner.getEditor().setText("5"));
        // 0.5 per occurrence, at most 1 (机构职能 rule 2); the unit's two websites are averaged.
        w.waitForText("#score-total", "总分 99.50");
        assertTrue(w.inRule("机构职能信息不准确的", n -> n.getStyleClass().contains("cap-reached")).isVisible());
    }

    @Test
    void aVetoMakesTheUnitFail(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        tab(robot, 0);
        CheckBox holds = robot.lookup(".veto-check").queryAs(CheckBox.class);
        robot.clickOn(holds);
        w.waitForText("#score-tier", "不合格");
        assertTrue(store.findings("涪城区").stream().anyMatch(FindingRecord::veto));
    }

    @Test
    void undoRestoresTheScore(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        robot.clickOn(w.inRule("在省市检查评估中被通报的", CheckBox.class));
        w.waitForText("#score-total", "总分 85.00");
        w.waitUntil(() -> store.writes == 2);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);

        w.waitForText("#score-total", "总分 90.00");
        assertTrue(w.text("#score-last-edit").startsWith("已撤销"));
        assertTrue(!w.inRule("在省市检查评估中被通报的", CheckBox.class).isSelected());
    }

    @Test
    void aCapturedScreenRegionIsAttachedAsPngToTheFinding(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        robot.clickOn(w.inRule("在省市检查评估中被通报的", CheckBox.class));
        w.waitUntil(() -> root.evidence().findingProperty().get() != null);
        WritableImage region = new WritableImage(40, 30);
        robot.interact(() -> root.view().evidencePanel().attachCapture(region));

        GridView<EvidenceItem> grid = root.view().evidencePanel().grid();
        w.waitUntil(() -> grid.getItems().size() == 1 && grid.getItems().get(0).thumbnailProperty().get() != null);
        var stored = store.evidence.values().stream().flatMap(java.util.List::stream).toList();
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).fileName().matches("screen-\\d+\\.png"), stored.get(0).fileName());
        assertEquals(root.evidence().findingProperty().get().id(), stored.get(0).findingId());
    }

    @Test
    void pastingAnImageShowsItsThumbnail(FxRobot robot) {
        WindowRobot w = open(robot, "涪城区");
        CheckBox box = w.inRule("在省市检查评估中被通报的", CheckBox.class);
        robot.clickOn(box);
        w.waitUntil(() -> root.evidence().findingProperty().get() != null);
        WritableImage shot = new WritableImage(64, 48);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                shot.getPixelWriter().setColor(x, y, Color.hsb(x * 5, 0.8, 0.9));
            }
        }
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putImage(shot);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });

        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);

        GridView<EvidenceItem> grid = root.view().evidencePanel().grid();
        w.waitUntil(() -> grid.getItems().size() == 1 && grid.getItems().get(0).thumbnailProperty().get() != null);
        assertEquals(1, store.evidence.values().stream().mapToInt(java.util.List::size).sum());
        w.waitUntil(() -> robot.lookup(".thumb-cell").tryQuery().isPresent());
    }
}
