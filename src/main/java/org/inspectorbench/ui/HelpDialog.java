package org.inspectorbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.inspectorbench.ui.common.I18n;

/** F1: every shortcut of the window, from the same table the menus use. */
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
            grid.addRow(row++, k, new Label(i18n.get(s.messageKey())));
        }
        grid.addRow(row++, new Label("Tab / Shift+Tab"), new Label(i18n.get("help.tab")));
        grid.addRow(row++, new Label("Space"), new Label(i18n.get("help.space")));
        grid.addRow(row, new Label("Alt"), new Label(i18n.get("help.alt")));
        return grid;
    }

    static void show(Window owner, I18n i18n) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(i18n.get("help.title"));
        a.setHeaderText(i18n.get("help.header"));
        a.getDialogPane().setContent(table(i18n));
        a.show();
    }
}
