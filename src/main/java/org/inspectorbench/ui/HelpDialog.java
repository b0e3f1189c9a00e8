package org.inspectorbench.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.inspectorbench.ui.common.I18n;

/** Every shortcut of the window, from the same table the menus use: a tab of the F1 help window. */
final class HelpDialog {

    private HelpDialog() {
    }

    static GridPane table(I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setId("help-shortcuts");
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            String keys = s == Shortcut.TAB_1 ? s.display().replace("1", "1…9") : s.display();
            Label k = new Label(keys);
            k.getStyleClass().add("mono");
            grid.addRow(row++, k, text(i18n, s.messageKey()));
        }
        grid.addRow(row++, new Label("Tab / Shift+Tab"), text(i18n, "help.tab"));
        grid.addRow(row++, new Label("Space"), text(i18n, "help.space"));
        grid.addRow(row, new Label("Alt"), text(i18n, "help.alt"));
        return grid;
    }

    private static Label text(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }

}
