package org.inspectorbench.ui.report;

import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Wires "导出评分表 PDF" for the main window: the export of the workbench's own workspace, on a
 * thread of its own (an --all export takes seconds and must not hold up the inspector's edits, which
 * queue on the writer), with its dialogs, its progress in the task panel and its messages.
 */
public final class ReportExportFeature {

    private ReportExportFeature() {
    }

    /**
     * The command for the menu. With a store that is not the SQLite workspace (a test's fake) it only
     * says that export needs a workspace.
     */
    public static Runnable action(WorkbenchStore store, I18n i18n, DialogService dialogs, Supplier<Window> owner,
                                  Executor fx, Supplier<String> currentUnit, Supplier<String> inspector,
                                  ObservableList<Task<?>> taskPanel, List<String> stylesheets) {
        return action(store, i18n, dialogs, owner, fx, currentUnit, inspector, taskPanel, stylesheets, null);
    }

    /** As above; {@code ownKeystore} (may be null) is offered for signing, as made by the first-run welcome. */
    public static Runnable action(WorkbenchStore store, I18n i18n, DialogService dialogs, Supplier<Window> owner,
                                  Executor fx, Supplier<String> currentUnit, Supplier<String> inspector,
                                  ObservableList<Task<?>> taskPanel, List<String> stylesheets, Path ownKeystore) {
        ReportTexts texts = new ReportTexts(i18n::locale);
        if (!(store instanceof WorkspaceStore ws)) {
            return () -> dialogs.showInfo(texts.get("export.title"), texts.get("export.noWorkspace"));
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "report-export");
            t.setDaemon(true);
            return t;
        });
        BackgroundTasks tasks = new BackgroundTasks(worker, fx,
                e -> dialogs.showError(texts.get("export.failed.title"), String.valueOf(e.getMessage())));
        ReportExportViewModel vm = new ReportExportViewModel(
                new WorkspaceScorecardExports(ws.workspace(), Clock.systemDefaultZone()), new KeystoreFiles(), tasks, fx,
                Clock.systemDefaultZone());
        ReportExportAction action = new ReportExportAction(vm, new FxReportDialogs(owner, texts, stylesheets), dialogs,
                texts, currentUnit, inspector, running -> ExportProgressTask.show(running, texts, taskPanel))
                .offering(ownKeystore);
        return action::run;
    }
}
