package org.inspectorbench.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private FakeStore store;
    private WorkbenchRoot root;

    @Start
    void start(Stage stage) {
        Fonts.load();
        store = new FakeStore();
        root = new WorkbenchRoot(store, FakeStore.scorer(), new UiSettings(null),
                Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(),
                javafx.application.Platform::runLater);
        root.start(stage);
    }

    @Test
    void showsTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#units-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        var img = WaitForAsyncUtils.asyncFx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(
                list.getScene().snapshot(null), null)).get();
        ImageIO.write(img, "png", new File("target/window-test.png"));
        Label total = robot.lookup("#score-total").queryAs(Label.class);
        assertEquals("总分 100.00", total.getText());
    }
}
