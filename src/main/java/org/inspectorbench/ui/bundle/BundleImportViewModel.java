package org.inspectorbench.ui.bundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.MergeOutcome;
import org.inspectorbench.bundle.VerifiedBundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Importing bundles with a preview: the chosen files are verified and previewed off the FX thread
 * (progress per file, cancel between files; a preview writes nothing), then "导入" merges the
 * accepted ones in one transaction on the workspace's writer, and "取消" leaves the workspace as it
 * was. Both the menu's window and a double-clicked bundle use this.
 */
public final class BundleImportViewModel {

    /** Where the flow is. */
    public enum Phase { IDLE, VERIFYING, PREVIEWED, IMPORTING, IMPORTED, CANCELLED, FAILED }

    private final BundleService service;
    private final Executor reader;
    private final Executor writer;
    private final Executor fx;
    private final BundleTexts texts;
    private final Consumer<List<String>> imported;
    private final ObservableList<BundlePreview> previews = FXCollections.observableArrayList();
    private final ObservableList<BundlePreview> previewsView = FXCollections.unmodifiableObservableList(previews);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param reader   verifies and previews (reads only)
     * @param writer   the workspace's writer thread: the import queues behind the inspector's edits
     * @param fx       delivers results (Platform::runLater; the calling thread in tests)
     * @param imported told the units whose records changed, after a successful import
     */
    public BundleImportViewModel(BundleService service, Executor reader, Executor writer, Executor fx, BundleTexts texts,
                                 Consumer<List<String>> imported) {
        this.service = service;
        this.reader = reader;
        this.writer = writer;
        this.fx = fx;
        this.texts = texts;
        this.imported = imported;
        canImport = Bindings.createBooleanBinding(() -> phase.get() == Phase.PREVIEWED
                && previews.stream().anyMatch(p -> p.accepted() && p.changes()), phase, previews);
    }

    /** Verifies and previews {@code files}; nothing is written. */
    public void preview(List<Path> files) {
        if (phase.get() == Phase.VERIFYING || phase.get() == Phase.IMPORTING || files.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        previews.clear();
        phase.set(Phase.VERIFYING);
        progress.set(0);
        message.set(texts.get("import.verifying", files.get(0).getFileName(), 1, files.size()));
        List<Path> list = List.copyOf(files);
        reader.execute(() -> {
            List<BundlePreview> done = new ArrayList<>();
            for (int i = 0; i < list.size() && !stop.get(); i++) {
                int n = i;
                fx.execute(() -> {
                    if (!stop.get()) {
                        progress.set((double) n / list.size());
                        message.set(texts.get("import.verifying", list.get(n).getFileName(), n + 1, list.size()));
                    }
                });
                BundlePreview p;
                try {
                    p = service.preview(list.get(i));
                } catch (RuntimeException e) {
                    p = BundlePreview.refused(list.get(i), String.valueOf(e.getMessage()));
                }
                done.add(p);
            }
            fx.execute(() -> {
                if (stop.get()) {
                    return;
                }
                previews.setAll(done);
                progress.set(1);
                phase.set(Phase.PREVIEWED);
                message.set(summary(done));
            });
        });
    }

    private String summary(List<BundlePreview> done) {
        long refused = done.stream().filter(p -> !p.accepted()).count();
        long accepted = done.size() - refused;
        long changing = done.stream().filter(p -> p.accepted() && p.changes()).count();
        if (changing == 0) {
            return texts.get(accepted == 0 ? "import.nothing.refused" : "import.nothing.known");
        }
        return texts.get("import.ready", changing, refused);
    }

    /**
     * Stops a running verification (its results are dropped) or leaves a shown preview; the
     * workspace is untouched either way. An import that has started runs to its end (one transaction).
     */
    public void cancel() {
        if (phase.get() == Phase.VERIFYING || phase.get() == Phase.PREVIEWED || phase.get() == Phase.IDLE) {
            cancel.set(true);
            phase.set(Phase.CANCELLED);
            progress.set(0);
            message.set(texts.get("import.cancelled"));
        }
    }

    /** Imports every accepted bundle of the preview in one transaction. */
    public void importAccepted() {
        if (!canImport.get()) {
            return;
        }
        List<VerifiedBundle> bundles = previews.stream().filter(p -> p.accepted() && p.changes())
                .map(BundlePreview::bundle).toList();
        phase.set(Phase.IMPORTING);
        progress.set(-1);
        message.set(texts.get("import.importing", bundles.size()));
        writer.execute(() -> {
            List<ImportReport> reports;
            try {
                reports = service.apply(bundles);
            } catch (RuntimeException e) {
                String why = String.valueOf(e.getMessage());
                fx.execute(() -> {
                    phase.set(Phase.FAILED);
                    progress.set(0);
                    message.set(texts.get("import.failed", why));
                });
                return;
            }
            List<String> units = WorkspaceBundles.touchedUnits(reports);
            fx.execute(() -> {
                phase.set(Phase.IMPORTED);
                progress.set(1);
                message.set(done(reports));
                imported.accept(units);
            });
        });
    }

    private String done(List<ImportReport> reports) {
        long n = 0;
        long u = 0;
        long c = 0;
        int images = 0;
        for (ImportReport r : reports) {
            n += r.count(MergeOutcome.NEW);
            u += r.count(MergeOutcome.UPDATED);
            c += r.count(MergeOutcome.CONFLICT);
            images += r.newImages();
        }
        return texts.get(c > 0 ? "import.done.conflicts" : "import.done", reports.size(), n, u, c, images);
    }

    public ObservableList<BundlePreview> previews() {
        return previewsView;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BundleTexts texts() {
        return texts;
    }
}
