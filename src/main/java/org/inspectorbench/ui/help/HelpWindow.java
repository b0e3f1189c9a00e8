package org.inspectorbench.ui.help;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.I18n;

import java.util.List;
import java.util.Locale;

/**
 * F1: the user guide (docs/user-guide*.md, in the window's language) with its contents list, and
 * the keyboard shortcuts. One window, brought to the front when F1 is pressed again.
 */
public final class HelpWindow {

    private final I18n i18n;
    private final BackgroundTasks reader;
    /** Built when the window is first opened, not with the main window: start-up builds only what it shows. */
    private final java.util.function.Supplier<Node> shortcuts;
    private final List<String> stylesheets;
    private Stage stage;
    private GuideView guide;
    private ListView<GuideBlock.Heading> contents;
    private Locale shown;

    public HelpWindow(I18n i18n, BackgroundTasks reader, java.util.function.Supplier<Node> shortcuts, List<String> stylesheets) {
        this.i18n = i18n;
        this.reader = reader;
        this.shortcuts = shortcuts;
        this.stylesheets = stylesheets;
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
            i18n.localeProperty().addListener((obs, old, now) -> {
                if (stage.isShowing()) {
                    load(now);
                }
            });
        }
        if (!i18n.locale().equals(shown)) {
            load(i18n.locale());
        }
        stage.show();
        stage.toFront();
        contents.requestFocus();
    }

    private Stage build(Window owner) {
        guide = new GuideView();
        contents = new ListView<>();
        contents.setId("guide-contents");
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GuideBlock.Heading h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : "    ".repeat(h.level() - 1) + h.text());
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, h) -> {
            if (h != null) {
                guide.scrollTo(h.anchor());
            }
        });
        SplitPane split = new SplitPane(contents, guide);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(contents, false);

        Tab guideTab = new Tab();
        guideTab.textProperty().bind(i18n.text("guide.tab"));
        guideTab.setContent(split);
        Tab keysTab = new Tab();
        keysTab.textProperty().bind(i18n.text("help.title"));
        Label header = new Label();
        header.textProperty().bind(i18n.text("help.header"));
        header.getStyleClass().add("guide-h2");
        VBox keys = new VBox(12, header, shortcuts.get());
        keys.setStyle("-fx-padding: 16 24 16 24;");
        keysTab.setContent(new ScrollPane(keys));
        TabPane tabs = new TabPane(guideTab, keysTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("help-tabs");

        Stage s = new Stage();
        s.initOwner(owner);
        s.titleProperty().bind(i18n.text("guide.title"));
        Scene scene = new Scene(tabs, 1100, 760);
        scene.getStylesheets().addAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.close();
            }
        });
        s.setScene(scene);
        return s;
    }

    private void load(Locale locale) {
        shown = locale;
        reader.run(() -> UserGuide.load(locale), g -> {
            guide.show(g);
            contents.getItems().setAll(g.contents());
        });
    }
}
