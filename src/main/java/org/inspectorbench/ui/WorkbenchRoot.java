package org.inspectorbench.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.TaskProgressView;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.ui.adapter.WorkspaceStore;
import org.inspectorbench.ui.checklist.StoreSampleDrawer;
import org.inspectorbench.store.WorkspaceMaterials;
import org.inspectorbench.ui.bundle.BundleFeature;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.FxDialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.common.UserMessages;
import org.inspectorbench.ui.dashboard.DashboardLauncher;
import org.inspectorbench.ui.dashboard.WorkspaceDashboardSource;
import org.inspectorbench.ui.evidence.EvidenceItem;
import org.inspectorbench.ui.evidence.EvidenceViewModel;
import org.inspectorbench.ui.evidence.EvidenceViewer;
import org.inspectorbench.ui.help.HelpWindow;
import org.inspectorbench.ui.materials.MaterialBadges;
import org.inspectorbench.ui.port.UnitScorer;
import org.inspectorbench.ui.port.WorkbenchStore;
import org.inspectorbench.ui.report.ReportExportFeature;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The composition root: the one place that wires the window together, by constructors. Executors
 * come in from outside so that tests decide the threads.
 */
public final class WorkbenchRoot {

    public static final String STYLESHEET = WorkbenchRoot.class.getResource("workbench.css").toExternalForm();

    private final WorkbenchStore store;
    private final UiSettings settings;
    private final I18n i18n;
    private final WorkbenchViewModel vm;
    private final EvidenceViewModel evidence;
    private final WorkbenchView view;
    private final WorkbenchMenus menus;
    private final TaskProgressView<javafx.concurrent.Task<?>> tasks = new TaskProgressView<>();
    private final DialogService dialogs;
    private final BundleFeature bundles;
    private Window window;
    private final Executor writerThread;

    public WorkbenchRoot(WorkbenchStore store, UnitScorer scorer, UiSettings settings,
                         Executor writerThread, Executor readerThread, Executor fxThread) {
        this(store, scorer, settings, writerThread, readerThread, fxThread, null);
    }

    /** {@code dialogs} null: the real dialogs, owned by the window. */
    public WorkbenchRoot(WorkbenchStore store, UnitScorer scorer, UiSettings settings,
                         Executor writerThread, Executor readerThread, Executor fxThread, DialogService dialogs) {
        this.store = store;
        this.writerThread = writerThread;
        this.settings = settings;
        this.i18n = new I18n(settings.language());
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(() -> window, i18n);
        Consumer<Throwable> errors = e -> this.dialogs.showError(i18n.get("error.title"), UserMessages.of(e, i18n));
        BackgroundTasks writer = new BackgroundTasks(writerThread, fxThread, errors);
        BackgroundTasks reader = new BackgroundTasks(readerThread, fxThread, errors);
        vm = new WorkbenchViewModel(store, scorer, writer);
        evidence = new EvidenceViewModel(vm, writer, reader);
        menus = new WorkbenchMenus(i18n, this::switchLanguage);
        view = new WorkbenchView(vm, evidence, i18n, this.dialogs, tasks, menus, this::openEvidence,
                new StoreSampleDrawer(vm, writer, this.dialogs, i18n));
        menus.on(Shortcut.UNDO, vm::undo);
        menus.on(Shortcut.REDO, vm::redo);
        menus.on(Shortcut.PASTE_EVIDENCE, view::pasteEvidence);
        menus.on(Shortcut.ATTACH_FILES, view::attachFiles);
        menus.on(Shortcut.CAPTURE_REGION, view::captureRegion);
        menus.on(Shortcut.OPEN_EVIDENCE, () -> {
            if (!evidence.items().isEmpty()) {
                openEvidence(evidence.items().get(evidence.items().size() - 1));
            }
        });
        menus.on(Shortcut.FIND_UNIT, view::findUnit);
        menus.on(Shortcut.UNITS_LIST, view::focusUnits);
        menus.on(Shortcut.PREVIOUS_UNIT, () -> view.moveUnit(-1));
        menus.on(Shortcut.NEXT_UNIT, () -> view.moveUnit(1));
        menus.on(Shortcut.TAB_VETO, () -> view.checklist().selectTab(0));
        menus.on(Shortcut.HISTORY, view::focusHistory);
        menus.on(Shortcut.LANGUAGE, () -> switchLanguage(
                i18n.locale().getLanguage().equals("en") ? I18n.CHINESE : I18n.ENGLISH));
        menus.on(Shortcut.EXPORT_PDF, ReportExportFeature.action(store, i18n, this.dialogs, () -> window, fxThread,
                () -> vm.sessionProperty().get() == null ? null : vm.sessionProperty().get().unit().name(),
                () -> vm.campaignProperty().get() == null ? null : vm.campaignProperty().get().inspector(),
                tasks.getTasks(), List.of(STYLESHEET), settings.keystore()));
        // Issue 6: bundles and conflicts (ui/bundle); imports, exports and resolutions queue on the writer.
        BundleFeature bundles = new BundleFeature(store, i18n, this.dialogs, () -> window, readerThread, writerThread,
                fxThread, tasks.getTasks(), vm::reloadUnits, List.of(STYLESHEET));
        menus.on(Shortcut.IMPORT_BUNDLE, bundles::importBundles);
        menus.on(Shortcut.EXPORT_BUNDLE, bundles::exportBundle);
        menus.on(Shortcut.CONFLICTS, bundles::openConflicts);
        this.bundles = bundles;
        HelpWindow help = new HelpWindow(i18n, reader, () -> HelpDialog.table(i18n), List.of(STYLESHEET));
        menus.on(Shortcut.HELP, () -> help.show(window));
        menus.on(Shortcut.QUIT, () -> {
            if (window instanceof Stage s) {
                vm.flushPendingEdit();
                s.close();
            }
        });
        // Issue 7: each checklist item's 佐证材料 badge reads the unit's material states off the FX thread.
        MaterialBadges.install(store instanceof WorkspaceStore ws0 ? new MaterialBadges(
                unit -> WorkspaceMaterials.of(ws0.workspace()).of(unit), readerThread, fxThread, i18n,
                System::currentTimeMillis) : null);
        if (store instanceof WorkspaceStore ws) {
            // Issue 7: the office dashboard (ui/dashboard), at the end of the View menu.
            DashboardLauncher dashboard = new DashboardLauncher(
                    new WorkspaceDashboardSource(ws.workspace(), CalendarLoader.bundled()), i18n, readerThread, fxThread,
                    errors, this::openUnit, List.of(STYLESHEET));
            menus.bar().getMenus().stream()
                    .filter(m -> m.getItems().stream().anyMatch(i -> "action-find_unit".equals(i.getId())))
                    .findFirst().ifPresent(m -> m.getItems().add(dashboard.menuItem(() -> window)));
        }
    }

    /** Opens a unit's checklist: from the dashboard's ranked table. */
    private void openUnit(String name) {
        vm.units().rows().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(row -> {
            view.units().list().getSelectionModel().select(row);
            vm.select(row.unit());
            if (window instanceof Stage s) {
                s.toFront();
            }
        });
    }

    /** Restart-free: every label follows the language; the choice is kept for the next start. */
    private void switchLanguage(Locale locale) {
        i18n.localeProperty().set(locale);
        settings.setLanguage(locale);
        if (window instanceof Stage s) {
            s.setTitle(title());
        }
    }

    private void openEvidence(EvidenceItem item) {
        EvidenceViewer.open(evidence, item.info(), i18n, dialogs, window, List.of(STYLESHEET));
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /** Shows the window and starts loading the campaign in the background. */
    public void start(Stage stage) {
        start(stage, null);
    }

    /** Shows the window with the units read already ({@code units} non-null), or loads them in the background. */
    public void start(Stage stage, WorkbenchViewModel.Snapshot units) {
        window = stage;
        stage.setTitle(title());
        if (stage.getScene() == null || !"startup-skeleton".equals(stage.getScene().getRoot().getId())) {
            stage.setScene(scene(1440, 900));
        } else {
            // The start-up skeleton's scene: keep the window where and as large as it is.
            stage.getScene().setRoot(view);
            if (!stage.getScene().getStylesheets().contains(STYLESHEET)) {
                stage.getScene().getStylesheets().add(STYLESHEET);
            }
        }
        stage.setOnCloseRequest(e -> vm.flushPendingEdit());
        // On the writer, after the edits queued before it: the last keystrokes reach the disk.
        stage.setOnHidden(e -> {
            try {
                writerThread.execute(store::close);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                store.close();
            }
        });
        if (units != null) {
            vm.load(units);
        }
        stage.show();
        if (units == null) {
            vm.load();
        }
    }

    private String title() {
        return i18n.get("app.title");
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public WorkbenchView view() {
        return view;
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskProgressView<javafx.concurrent.Task<?>> tasks() {
        return tasks;
    }

    public BundleFeature bundles() {
        return bundles;
    }

    public void setWindow(Window w) {
        window = w;
    }
}
