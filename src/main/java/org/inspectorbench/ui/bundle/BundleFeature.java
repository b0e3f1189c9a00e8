package org.inspectorbench.ui.bundle;

import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.WorkbenchStore;
import org.inspectorbench.ui.report.FxReportDialogs;
import org.inspectorbench.ui.report.ReportTexts;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wires issue 6 into the workbench: "导入数据包…" (choose, preview, import), "导出数据包…" (key,
 * progress and cancel in the task panel) and "冲突…" (the conflicts view). After an import or a
 * resolution the changed units are re-read by the main window.
 */
public final class BundleFeature {

    private final WorkspaceBundles service;
    private final BundleTexts texts;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Executor reader;
    private final Executor writer;
    private final Executor fx;
    private final ObservableList<Task<?>> taskPanel;
    private final Consumer<Collection<String>> reload;
    private final List<String> stylesheets;
    private BundleExportViewModel export;
    private Stage conflicts;
    private ConflictsViewModel conflictsVm;

    /**
     * @param writer the workspace's writer (imports, exports and resolutions queue with the edits)
     * @param reload re-reads these units in the main window
     */
    public BundleFeature(WorkbenchStore store, I18n i18n, DialogService dialogs, Supplier<Window> owner,
                         Executor reader, Executor writer, Executor fx, ObservableList<Task<?>> taskPanel,
                         Consumer<Collection<String>> reload, List<String> stylesheets) {
        this.service = store instanceof WorkspaceStore ws ? new WorkspaceBundles(ws.workspace()) : null;
        this.texts = new BundleTexts(i18n::locale);
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.reader = reader;
        this.writer = writer;
        this.fx = fx;
        this.taskPanel = taskPanel;
        this.reload = reload;
        this.stylesheets = List.copyOf(stylesheets);
    }

    private boolean noWorkspace() {
        if (service == null) {
            dialogs.showInfo(texts.get("feature.title"), texts.get("feature.noWorkspace"));
            return true;
        }
        return false;
    }

    /** File > 导入数据包…: choose one or more bundles, then the preview window. */
    public void importBundles() {
        if (noWorkspace()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("filter.bundle"), "*.inspbundle"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Opens the preview window on {@code files} and starts verifying them; returns the window. */
    public Stage importFiles(List<Path> files) {
        if (noWorkspace()) {
            return null;
        }
        BundleImportViewModel vm = new BundleImportViewModel(service, reader, writer, fx, texts, units -> {
            reload.accept(units);
            if (conflictsVm != null && conflicts != null && conflicts.isShowing()) {
                conflictsVm.refresh();
            }
        });
        Stage stage = BundleImportWindow.create(owner.get(), vm, stylesheets);
        stage.show();
        vm.preview(files);
        return stage;
    }

    /** File > 导出数据包…. */
    public void exportBundle() {
        if (noWorkspace()) {
            return;
        }
        if (export == null) {
            export = new BundleExportViewModel(service, writer, fx, texts);
        }
        if (export.runningProperty().get()) {
            dialogs.showInfo(texts.get("export.title"), texts.get("export.busy"));
            return;
        }
        Optional<BundleExportViewModel.Request> asked = BundleExportDialog.ask(owner.get(), texts, export.last(),
                stylesheets);
        if (asked.isEmpty()) {
            return;
        }
        BundleExportViewModel.Request request = asked.get();
        // The same password dialog as the signed scorecard export.
        Optional<char[]> password = new FxReportDialogs(owner, new ReportTexts(i18n::locale), stylesheets)
                .askPassword(request.keystore(), false);
        if (password.isEmpty()) {
            return;
        }
        var done = export.export(request, password.get());
        ExportTask task = new ExportTask(export, done, texts.get("export.task"));
        taskPanel.add(task);
        Thread waiter = new Thread(task, "bundle-export-progress");
        waiter.setDaemon(true);
        waiter.start();
        done.thenAccept(outcome -> {
            switch (outcome.status()) {
                case SUCCEEDED -> dialogs.showInfo(texts.get("export.done.title"), outcome.message());
                case CANCELLED -> dialogs.showInfo(texts.get("export.cancelled.title"), outcome.message());
                case FAILED -> dialogs.showError(texts.get("export.failed.title"), outcome.message());
            }
        });
    }

    /** View > 冲突…: one window, brought to the front and refreshed when opened again. */
    public void openConflicts() {
        if (noWorkspace()) {
            return;
        }
        if (conflicts != null && conflicts.isShowing()) {
            conflicts.toFront();
            conflictsVm.refresh();
            return;
        }
        conflictsVm = new ConflictsViewModel(service, reader, writer, fx, texts, unit -> reload.accept(List.of(unit)));
        conflicts = ConflictsWindow.create(owner.get(), conflictsVm, stylesheets);
        conflicts.show();
        conflictsVm.refresh();
    }

    public BundleTexts texts() {
        return texts;
    }
}
