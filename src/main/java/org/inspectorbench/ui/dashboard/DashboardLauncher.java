package org.inspectorbench.ui.dashboard;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.I18n;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The workbench's door to the dashboard: a menu item, and the window it opens (one at a time:
 * choosing the item again brings the open one to the front and refreshes it).
 */
public final class DashboardLauncher {

    /** Ctrl+Shift+D (Cmd on macOS), beside the workbench's own shortcuts. */
    public static final KeyCombination SHORTCUT = KeyCombination.keyCombination("Shortcut+Shift+D");

    private final DashboardSource source;
    private final DashboardText text;
    private final BackgroundTasks tasks;
    private final Consumer<String> openUnit;
    private final List<String> stylesheets;
    private Stage stage;
    private DashboardViewModel vm;

    /**
     * @param reader   the worker the dashboard reads and exports on
     * @param fx       delivers results on the FX thread
     * @param openUnit opens a unit's checklist in the workbench
     */
    public DashboardLauncher(DashboardSource source, I18n i18n, Executor reader, Executor fx,
                             Consumer<Throwable> errors, Consumer<String> openUnit, List<String> stylesheets) {
        this.source = source;
        this.text = new DashboardText(i18n);
        this.tasks = new BackgroundTasks(reader, fx, errors);
        this.openUnit = openUnit;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** {@code owner}: the workbench window, known only once it is shown. */
    public MenuItem menuItem(Supplier<Window> owner) {
        MenuItem item = new MenuItem();
        item.setId("action-dashboard");
        item.textProperty().bind(text.text("dashboard.menu"));
        item.setAccelerator(SHORTCUT);
        item.setOnAction(e -> open(owner.get()));
        return item;
    }

    public void open(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            vm.refresh();
            return;
        }
        vm = new DashboardViewModel(source, tasks, openUnit);
        stage = DashboardWindow.open(owner, vm, text, stylesheets);
    }
}
