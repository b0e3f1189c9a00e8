package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inspectorbench.report.xlsx.SyntheticFindings;
import org.inspectorbench.store.Website;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.dashboard.LeagueRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's View menu opens the office dashboard on the real workspace; double-clicking a
 * unit there opens its checklist in the workbench. Writes target/dashboard.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardHookTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 90 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theViewMenuOpensTheDashboardAndADoubleClickOpensTheUnit(FxRobot robot) throws Exception {
        Path file = dir.resolve("office.inspector");
        try (Workspace ws = Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三")) {
            var shapes = ws.units().stream().map(u -> new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags(),
                    u.websites().stream().map(Website::name).toList())).toList();
            ws.importFindings(SyntheticFindings.findings(ws.rubric(), shapes, ws.campaign().monitoringDate(), 5), dir, "t");
        }
        WorkbenchRoot[] root = new WorkbenchRoot[1];
        robot.interact(() -> {
            root[0] = new WorkbenchRoot(new WorkspaceStore(Workspace.open(file)), FakeStore.scorer(), new UiSettings(null),
                    Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
            root[0].start(stage);
        });
        waitUntil(() -> root[0].viewModel().readyProperty().get());

        MenuItem open = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "action-dashboard".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no dashboard item in the menus"));
        robot.interact(open::fire);
        waitUntil(() -> dashboard() != null && ((TableView<?>) dashboard().getScene().lookup("#dashboard-league")).getItems().size() == 49);
        Window window = dashboard();
        @SuppressWarnings("unchecked")
        TableView<LeagueRow> league = (TableView<LeagueRow>) window.getScene().lookup("#dashboard-league");
        assertEquals(1, league.getItems().get(0).rank());
        assertTrue(((javafx.scene.control.Label) window.getScene().lookup("#dashboard-title")).getText()
                .contains("绵阳市2022年政务公开工作检查考核"));
        javafx.scene.layout.FlowPane tiers = (javafx.scene.layout.FlowPane) window.getScene().lookup("#dashboard-tiers");
        waitUntil(() -> tiers.getChildren().size() == 5);
        @SuppressWarnings("unchecked")
        var histogram = (javafx.scene.chart.BarChart<String, Number>) window.getScene().lookup("#dashboard-histogram");
        assertEquals(49, histogram.getData().get(0).getData().stream().mapToInt(d -> d.getYValue().intValue()).sum());

        Path png = Path.of("target/dashboard.png");
        Files.createDirectories(png.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null)).get();
        ImageIO.write(image, "png", png.toFile());

        LeagueRow third = league.getItems().get(2);
        Node row = robot.from(league).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() == third).findFirst().orElseThrow();
        // A synthetic double-click: the robot's two clicks can fall apart on a loaded machine.
        robot.interact(() -> row.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, true, null)));
        waitUntil(() -> root[0].viewModel().sessionProperty().get() != null
                && root[0].viewModel().sessionProperty().get().unit().name().equals(third.unit()));
        robot.interact(() -> Window.getWindows().stream().toList().forEach(w -> ((Stage) w).close()));
    }

    private Window dashboard() {
        return Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                && w.getScene().lookup("#dashboard-league") != null).findFirst().orElse(null);
    }
}
