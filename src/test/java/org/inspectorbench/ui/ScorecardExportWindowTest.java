package org.inspectorbench.ui;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inspectorbench.report.ReportWorkspaces;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.PdfVerifier;
import org.inspectorbench.signing.TestFixtures;
import org.inspectorbench.signing.VerificationReport;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "导出评分表 PDF" in the real window on a real workspace: the dialog, the password, the signed file. */
@ExtendWith(ApplicationExtension.class)
class ScorecardExportWindowTest {

    private static final String PASSWORD = "correct-horse-9";

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    @Test
    void exportsTheCurrentUnitSignedFromTheFileMenu(FxRobot robot) throws Exception {
        Path file;
        try (Workspace ws = ReportWorkspaces.small(dir, List.of("涪城区", "游仙区"))) {
            file = ws.file();
        }
        Path keys = dir.resolve("zhangsan.p12");
        Identities.save(TestFixtures.inspector(), keys, PASSWORD.toCharArray());
        WindowRobot w = new WindowRobot(robot);
        WorkbenchRoot[] root = new WorkbenchRoot[1];
        robot.interact(() -> {
            root[0] = new WorkbenchRoot(new WorkspaceStore(Workspace.open(file)), FakeStore.scorer(),
                    new UiSettings(null), Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(),
                    Platform::runLater);
            root[0].start(stage);
        });
        w.waitUntil(() -> root[0].viewModel().readyProperty().get() && root[0].view().units() != null);
        ListView<UnitRow> list = root[0].view().units().list();
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(r -> r.name().equals("游仙区")).findFirst().orElseThrow()));
        w.waitUntil(() -> root[0].viewModel().sessionProperty().get() != null);

        // The menu item (the shortcut runs the same action); its dialog waits, so do not wait for it here.
        robot.clickOn("#menu-bar .menu");
        robot.clickOn("#action-export_pdf");
        w.waitUntil(() -> robot.lookup("#export-out").tryQuery().isPresent());
        Path out = dir.resolve("游仙区.pdf");
        robot.interact(() -> {
            robot.lookup("#export-sign-existing").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup("#export-keystore").queryAs(TextField.class).setText(keys.toString());
            robot.lookup("#export-out").queryAs(TextField.class).setText(out.toString());
        });
        robot.clickOn("导出");
        w.waitUntil(() -> robot.lookup("#export-password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-password").queryAs(TextField.class).setText(PASSWORD));
        robot.interact(() -> {
            DialogPane pane = (DialogPane) robot.lookup("#export-password").query().getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });

        w.waitUntil(() -> Files.exists(out) && robot.lookup(".dialog-pane").tryQuery().isPresent());
        VerificationReport report = new PdfVerifier().verify(out);
        assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
        assertEquals("张三", report.signatures().get(0).signerName());
        String told = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(told.contains(out.toString()) && told.contains("张三"), told);
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(stage::close);
    }
}
