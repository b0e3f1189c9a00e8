package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.evidence.Annotations;
import org.inspectorbench.ui.evidence.EvidenceViewer;
import org.inspectorbench.ui.port.EvidenceInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.WorkbenchStore;
import org.inspectorbench.ui.units.UnitRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Renders the real window on the sample campaign and the evidence viewer to PNG files for the
 * README: {@code mvn -o test -Dtest=ScreenshotsTest -Dscreenshots.out=docs/screenshots}. Skipped
 * unless {@code screenshots.out} is set, so the normal run does not write into the source tree.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    static byte[] fakeScreenshot() throws Exception {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF4F6FA));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(0x1F3B73));
        g.fillRect(0, 0, 1280, 90);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Government portal (sample screenshot)", 40, 58);
        g.setColor(new Color(0xCCD3E0));
        for (int i = 0; i < 8; i++) {
            g.fillRect(40, 130 + i * 70, 760, 40);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void save(Scene scene, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null)).get();
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void mainWindowAndEvidenceViewer(FxRobot robot) throws Exception {
        String out = System.getProperty("screenshots.out");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Dscreenshots.out=DIR to write screenshots");
        Path target = Path.of(out);
        Files.createDirectories(target);
        Path file = dir.resolve("shots.inspector");
        Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三").close();
        WorkbenchStore store = new WorkspaceStore(Workspace.open(file));
        // A morning's work on 涪城区: a few deductions, a note and a screenshot with a box drawn on it.
        store.put(new FindingRecord("s-1", "涪城区", "政府网站/信息公开/机构职能", "2", false, "涪城区人民政府", null, 3,
                null, "领导分工未更新"));
        store.put(new FindingRecord("s-2", "涪城区", "政务公开/深化政务公开促进基层政府治理能力提升工作", "1", false,
                null, null, 2, null, "未见年度工作总结"));
        store.put(new FindingRecord("s-3", "涪城区", "日常工作/省市通报", "1b", false, null, null, 1, null, null));
        EvidenceInfo shot = store.attach("s-1", fakeScreenshot(), "机构职能栏目.png", "https://www.fucheng.gov.cn/jgzn",
                Instant.parse("2022-11-25T02:31:00Z"));
        store.saveAnnotations(shot, Annotations.empty()
                .with(new Annotations.Shape(Annotations.Kind.BOX, 40, 200, 800, 310, null))
                .with(new Annotations.Shape(Annotations.Kind.ARROW, 1000, 420, 810, 270, null))
                .with(new Annotations.Shape(Annotations.Kind.TEXT, 860, 470, 0, 0, "领导分工未更新")).toJson());

        WorkbenchRoot[] root = new WorkbenchRoot[1];
        robot.interact(() -> {
            root[0] = new WorkbenchRoot(store, FakeStore.scorer(), new UiSettings(null),
                    Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Platform::runLater);
            root[0].start(stage);
            stage.setWidth(1560);
            stage.setHeight(960);
        });
        WindowRobot w = new WindowRobot(robot);
        w.waitUntil(() -> root[0].view().units() != null);
        ListView<UnitRow> list = root[0].view().units().list();
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(r -> r.name().equals("涪城区")).findFirst().orElseThrow()));
        w.waitUntil(() -> root[0].evidence().items().size() == 1
                && root[0].evidence().items().get(0).thumbnailProperty().get() != null);
        robot.interact(() -> root[0].view().checklist().selectTab(2));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), target.resolve("main-window.png"));

        robot.interact(() -> {
            EvidenceViewer viewer = new EvidenceViewer(root[0].evidence(), shot, root[0].i18n(), null);
            Stage s = new Stage();
            Scene scene = new Scene(viewer, 1100, 760);
            scene.getStylesheets().add(WorkbenchRoot.STYLESHEET);
            s.setScene(scene);
            s.show();
        });
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.stage.Window> windows = robot.listWindows();
        Scene viewerScene = windows.stream().map(javafx.stage.Window::getScene)
                .filter(sc -> sc.getRoot() instanceof EvidenceViewer).findFirst().orElseThrow();
        save(viewerScene, target.resolve("evidence-viewer.png"));

        // F1: the user guide as the program shows it (docs/user-guide.md).
        robot.interact(() -> stage.requestFocus());
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        w.waitUntil(() -> robot.listWindows().stream().anyMatch(win -> win.getScene() != null
                && win.getScene().lookup(".guide-heading") != null));
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        Scene helpScene = robot.listWindows().stream().map(javafx.stage.Window::getScene)
                .filter(sc -> sc != null && sc.lookup("#guide-view") != null).findFirst().orElseThrow();
        save(helpScene, target.resolve("help-window.png"));
    }
}
