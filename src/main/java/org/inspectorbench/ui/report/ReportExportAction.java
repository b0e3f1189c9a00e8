package org.inspectorbench.ui.report;

import org.inspectorbench.ui.common.DialogService;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The "导出评分表 PDF" command: asks what to export, asks the key's password when signing, starts the
 * export (progress and cancel are shown by {@code showProgress}) and tells the inspector how it
 * ended, through the workbench's dialog service.
 */
public final class ReportExportAction {

    private final ReportExportViewModel vm;
    private final ReportDialogs dialogs;
    private final DialogService messages;
    private final ReportTexts texts;
    private final Supplier<String> currentUnit;
    private final Supplier<String> inspector;
    private final Consumer<ReportExportViewModel> showProgress;
    private ExportRequest last;
    private Path keystore;

    public ReportExportAction(ReportExportViewModel vm, ReportDialogs dialogs, DialogService messages, ReportTexts texts,
                              Supplier<String> currentUnit, Supplier<String> inspector,
                              Consumer<ReportExportViewModel> showProgress) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = texts;
        this.currentUnit = currentUnit;
        this.inspector = inspector;
        this.showProgress = showProgress;
    }

    /** The inspector's own keystore (first-run welcome): offered for signing until another is chosen. */
    public ReportExportAction offering(Path ownKeystore) {
        this.keystore = ownKeystore;
        return this;
    }

    public void run() {
        if (vm.runningProperty().get()) {
            messages.showInfo(texts.get("export.title"), texts.get("export.busy"));
            return;
        }
        Path folder = last == null ? null : last.scope() == ExportRequest.Scope.ALL ? last.out() : last.out().getParent();
        Optional<ExportRequest> asked = dialogs.askExport(
                new ReportDialogs.Defaults(currentUnit.get(), inspector.get(), folder, last,
                        keystore != null && java.nio.file.Files.isRegularFile(keystore) ? keystore : null));
        if (asked.isEmpty()) {
            return;
        }
        ExportRequest request = asked.get();
        char[] password = null;
        if (request.signing() instanceof ExportRequest.ExistingKey k) {
            Optional<char[]> pw = dialogs.askPassword(k.keystore(), false);
            if (pw.isEmpty()) {
                return;
            }
            password = pw.get();
        } else if (request.signing() instanceof ExportRequest.NewKey k) {
            Optional<char[]> pw = dialogs.askPassword(k.keystore(), true);
            if (pw.isEmpty()) {
                return;
            }
            password = pw.get();
        }
        last = request;
        vm.export(request, password).thenAccept(this::tell);
        showProgress.accept(vm);
    }

    private void tell(ExportOutcome outcome) {
        switch (outcome.status()) {
            case SUCCEEDED -> {
                String text = outcome.files().size() == 1
                        ? texts.get("export.done.one", outcome.files().get(0))
                        : texts.get("export.done.all", outcome.files().size(), last.out());
                if (outcome.signer() != null) {
                    text += "\n" + texts.get("export.done.signed", outcome.signer());
                }
                messages.showInfo(texts.get("export.done.title"), text);
            }
            case FAILED -> messages.showError(texts.get("export.failed.title"), outcome.detail());
            case CANCELLED -> messages.showInfo(texts.get("export.cancelled.title"), outcome.detail());
        }
    }
}
