package org.inspectorbench.ui.welcome;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.report.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-run welcome in a real (headless) window, driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    /** The real sample workspace; keystores from the test key pair (a new RSA-3072 key takes seconds). */
    private WelcomeActions actions(Path data) {
        WorkspaceWelcomeActions real = new WorkspaceWelcomeActions(data);
        FakeWelcomeActions fake = new FakeWelcomeActions(data);
        return new WelcomeActions() {
            @Override
            public BundleInfo checkBundle(Path bundle) {
                return real.checkBundle(bundle);
            }

            @Override
            public void createFromSample(Path workspace, String inspector) {
                real.createFromSample(workspace, inspector);
            }

            @Override
            public void createFromBundle(Path workspace, Path bundle, String inspector) {
                real.createFromBundle(workspace, bundle, inspector);
            }

            @Override
            public SigningKeys keys() {
                return fake.keys();
            }

            @Override
            public Path keysFolder() {
                return data;
            }
        };
    }

    private CompletableFuture<Boolean> show(FxRobot robot, Path data, I18n i18n) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        robot.interact(() -> WelcomeWindow.show(stage, actions(data), data.resolve("workspace.inspector"), i18n,
                new UiSettings(data.resolve("workbench-ui.properties")), Executors.newSingleThreadExecutor(), done));
        return done;
    }

    @Test
    void keyboardOnlyCreatesTheSampleWorkspaceAndANewKey(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        CompletableFuture<Boolean> done = show(robot, data, new I18n(I18n.CHINESE));
        assertEquals("请填写检查人员姓名。", robot.lookup("#welcome-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled());

        robot.write("Zhang San");                          // the name field has the focus
        robot.press(KeyCode.TAB).release(KeyCode.TAB);     // → the sample campaign (already chosen)
        robot.press(KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT);  // 以后再说(L)
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#welcome-key-org").query().isDisabled());
        robot.press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);  // 新建密钥(K)
        assertFalse(robot.lookup("#welcome-key-org").query().isDisabled());
        robot.clickOn("#welcome-key-org").write("Mianyang team");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write("s3cret-pass");
        robot.press(KeyCode.TAB).release(KeyCode.TAB).write("s3cret-pass");
        assertEquals("", robot.lookup("#welcome-problem").queryAs(Label.class).getText());
        robot.press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);  // focus on a choice: Enter still starts
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertTrue(done.get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = data.resolve("workspace.inspector");
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(49, ws.units().size());
            assertTrue(ws.inspectors().stream().anyMatch(i -> i.name().equals("Zhang San")), ws.inspectors().toString());
        }
        assertTrue(Files.exists(data.resolve("signing-key.p12")));
        assertEquals(data.resolve("signing-key.p12").toAbsolutePath(),
                new UiSettings(data.resolve("workbench-ui.properties")).keystore(), "remembered for signing later");
    }

    @Test
    void theButtonsStayInTheWindowWithAMessageShownAndWhenTheWindowIsSmall(FxRobot robot) {
        show(robot, dir.resolve("data3"), new I18n(I18n.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#welcome-problem").queryAs(Label.class).getText().isEmpty(), "a first run opens with a message");
        assertInWindow(robot, "#welcome-start");
        assertInWindow(robot, "#welcome-quit");
        assertInWindow(robot, "#welcome-problem");

        // A laptop screen of 768 pixels, less the task bar and title: the form scrolls, the buttons stay.
        robot.interact(() -> stage.setHeight(480));
        WaitForAsyncUtils.waitForFxEvents();
        assertInWindow(robot, "#welcome-start");
        assertInWindow(robot, "#welcome-quit");
    }

    private static void assertInWindow(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Scene scene = node.getScene();
        assertTrue(b.getHeight() > 0 && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() && b.getMaxX() <= scene.getWidth(),
                id + " at " + b + " in a window of " + scene.getWidth() + " x " + scene.getHeight());
    }

    @Test
    void escapeQuitsWithoutCreatingAnythingAndEnglishIsThere(FxRobot robot) throws Exception {
        Path data = dir.resolve("data2");
        CompletableFuture<Boolean> done = show(robot, data, new I18n(I18n.ENGLISH));
        assertEquals("Enter the inspector's name.", robot.lookup("#welcome-problem").queryAs(Label.class).getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(done.get(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(data.resolve("workspace.inspector")));
    }
}
