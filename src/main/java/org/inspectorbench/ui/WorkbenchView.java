package org.inspectorbench.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.ui.checklist.ChecklistView;
import org.inspectorbench.ui.checklist.SampleDrawer;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.NextFrame;
import org.inspectorbench.ui.evidence.EvidenceItem;
import org.inspectorbench.ui.evidence.EvidencePanel;
import org.inspectorbench.ui.evidence.EvidenceViewModel;
import org.inspectorbench.ui.health.StartupTrace;
import org.inspectorbench.ui.history.HistoryView;
import org.inspectorbench.ui.score.ScoreView;
import org.inspectorbench.ui.units.UnitRow;
import org.inspectorbench.ui.units.UnitsView;

import java.util.List;
import java.util.function.Consumer;

/**
 * The main window's content: units (left), checklist over evidence (centre), score and history
 * (right), tasks with progress and cancel (bottom). Built once the campaign is loaded.
 */
public final class WorkbenchView extends BorderPane {

    private final WorkbenchViewModel vm;
    private final EvidenceViewModel evidence;
    private final I18n i18n;
    private UnitsView units;
    private ChecklistView checklist;
    private EvidencePanel evidencePanel;
    private HistoryView history;
    private ScoreView score;

    public WorkbenchView(WorkbenchViewModel vm, EvidenceViewModel evidence, I18n i18n, DialogService dialogs,
                         TaskProgressView<?> tasks, WorkbenchMenus menus, Consumer<EvidenceItem> openEvidence,
                         SampleDrawer sampler) {
        this.vm = vm;
        this.evidence = evidence;
        this.i18n = i18n;
        getStyleClass().add("workbench");
        setTop(menus.bar());
        Label loading = new Label();
        loading.textProperty().bind(i18n.text("app.loading"));
        setCenter(loading);
        // The task list joins the window with the first long task: until then its skin (a list
        // view) would only add to the first frame's styling and layout.
        VBox bottom = new VBox();
        bottom.getStyleClass().add("task-area");
        tasks.getTasks().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (bottom.getChildren().isEmpty()) {
                bottom.getChildren().add(tasks);
            }
            bottom.setVisible(!tasks.getTasks().isEmpty());
        });
        bottom.managedProperty().bind(bottom.visibleProperty());
        bottom.setVisible(false);
        bottom.setMaxHeight(160);
        setBottom(bottom);
        vm.readyProperty().addListener((o, a, b) -> {
            if (b) {
                build(dialogs, openEvidence, sampler);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::tabKeys);
    }

    private void build(DialogService dialogs, Consumer<EvidenceItem> openEvidence, SampleDrawer sampler) {
        Rubric rubric = vm.campaignProperty().get().rubric();
        List<String> tiers = rubric.tiers().stream().map(Tier::name).toList();
        units = new UnitsView(vm.units(), i18n, rubric.unitKinds(), tiers, row -> vm.select(row.unit()));
        checklist = new ChecklistView(vm, i18n, evidence::show, sampler);
        evidencePanel = new EvidencePanel(evidence, i18n, dialogs, openEvidence);
        score = new ScoreView(vm, i18n);
        history = new HistoryView(vm, evidence.reader(), i18n);
        vm.scoreProperty().addListener(o -> evidence.refreshFinding());

        SplitPane centre = new SplitPane(checklist, evidencePanel);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        TitledPane historyPane = new TitledPane();
        historyPane.textProperty().bind(i18n.text("history.title"));
        historyPane.setContent(history);
        historyPane.setId("history-pane");
        ScrollPane scoreScroll = new ScrollPane(score);
        scoreScroll.setFitToWidth(true);
        SplitPane right = new SplitPane(scoreScroll, historyPane);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        // The centre and right panes join the window after its first frame. Until a unit is chosen
        // they hold nothing to work with, and styling, laying out and drawing them made that frame
        // 0.1-0.15 s later (the start's critical path: JavaFX's code runs cold in the interpreter).
        // They are built now, so that they follow the view model from the start; only their place
        // in the scene waits. The first unit is chosen at the same moment: its findings are read
        // while the panes are styled, and its checklist is no later than before.
        SplitPane main = new SplitPane(units, new Region(), new Region());
        main.setDividerPositions(0.2, 0.75);
        SplitPane.setResizableWithParent(units, false);
        setCenter(main);
        afterFirstFrame(() -> {
            // Items, not wrappers: JavaFX's stylesheet styles a split pane nested in another one.
            double[] dividers = main.getDividerPositions();
            main.getItems().set(1, centre);
            main.getItems().set(2, right);
            main.setDividerPositions(dividers);
            StartupTrace.mark("panes");
            if (!vm.units().visible().isEmpty() && units.list().getSelectionModel().isEmpty()) {
                units.list().getSelectionModel().selectFirst();
            }
        });
        units.focusList();
    }

    private void afterFirstFrame(Runnable action) {
        if (getScene() == null) {
            action.run();
            return;
        }
        // Once drawn, not once laid out: in software the drawing takes longer than the layout, and
        // the panes' and the checklist's work would only slow it down.
        NextFrame.afterDrawn(getScene(), action);
    }

    private void tabKeys(KeyEvent e) {
        if (checklist == null || !e.isShortcutDown() || e.isShiftDown() || e.isAltDown()) {
            return;
        }
        KeyCode c = e.getCode();
        if (c.isDigitKey() && c != KeyCode.DIGIT0) {
            checklist.selectTab(c.getCode() - KeyCode.DIGIT0.getCode());
            e.consume();
        } else if (c == KeyCode.DIGIT0) {
            checklist.selectTab(0);
            e.consume();
        }
    }

    void findUnit() {
        if (units != null) {
            units.focusSearch();
        }
    }

    void focusUnits() {
        if (units != null) {
            units.focusList();
        }
    }

    void moveUnit(int delta) {
        if (units == null) {
            return;
        }
        var sel = units.list().getSelectionModel();
        int i = Math.max(0, Math.min(units.list().getItems().size() - 1, sel.getSelectedIndex() + delta));
        sel.select(i);
        units.list().scrollTo(i);
    }

    void focusHistory() {
        if (history != null) {
            history.requestFocus();
        }
    }

    /** Ctrl+V: text fields keep their own paste; elsewhere the clipboard image becomes evidence. */
    void pasteEvidence() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl t) {
            t.paste();
        } else if (evidencePanel != null) {
            evidencePanel.paste();
        }
    }

    void captureRegion() {
        if (evidencePanel != null) {
            evidencePanel.captureRegion(getScene() == null ? null : getScene().getWindow());
        }
    }

    void attachFiles() {
        if (evidencePanel != null) {
            evidencePanel.chooseFiles();
        }
    }

    public UnitsView units() {
        return units;
    }

    public EvidencePanel evidencePanel() {
        return evidencePanel;
    }

    public ChecklistView checklist() {
        return checklist;
    }

    public List<UnitRow> visibleUnits() {
        return units == null ? List.of() : units.list().getItems();
    }
}
