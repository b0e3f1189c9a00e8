package org.inspectorbench.ui.evidence;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.FindingRecord;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The evidence of the current finding: thumbnails in a GridView; attach by dropping files or
 * images, pasting (Ctrl+V) or choosing files; double-click opens the viewer.
 */
public final class EvidencePanel extends VBox {

    private final EvidenceViewModel vm;
    private final I18n i18n;
    private final DialogService dialogs;
    private final GridView<EvidenceItem> grid = new GridView<>();
    private final Label header = new Label();

    public EvidencePanel(EvidenceViewModel vm, I18n i18n, DialogService dialogs, Consumer<EvidenceItem> open) {
        this.vm = vm;
        this.i18n = i18n;
        this.dialogs = dialogs;
        getStyleClass().add("evidence-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        header.setId("evidence-header");
        header.getStyleClass().add("evidence-header");
        Button choose = new Button();
        choose.setId("evidence-choose");
        choose.textProperty().bind(i18n.text("evidence.choose"));
        choose.setOnAction(e -> chooseFiles());
        Button paste = new Button();
        paste.setId("evidence-paste");
        paste.textProperty().bind(i18n.text("evidence.paste"));
        paste.setOnAction(e -> paste());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, header, grow, paste, choose);
        bar.setAlignment(Pos.CENTER_LEFT);

        grid.setId("evidence-grid");
        grid.setCellWidth(128);
        grid.setCellHeight(112);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> new ThumbnailCell(open));
        // controlsfx#1400: GridView's VirtualFlow can NPE when its items change during layout; the
        // view model's list only changes in tasks delivered by Platform.runLater, so we bind it as is.
        grid.setItems(vm.items());
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(bar, grid);

        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        vm.findingProperty().addListener(o -> updateHeader());
        i18n.localeProperty().addListener(o -> updateHeader());
        updateHeader();
    }

    private void updateHeader() {
        FindingRecord f = vm.findingProperty().get();
        if (vm.keyProperty().get() == null) {
            header.setText(i18n.get("evidence.noRule"));
        } else if (f == null) {
            header.setText(i18n.get("evidence.noFinding"));
        } else {
            String where = f.site() != null ? f.site() : f.account() != null ? f.account() : "";
            header.setText(i18n.get("evidence.of", f.item(), f.rule() == null ? "" : f.rule(), where));
        }
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() || db.hasImage()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean ok = false;
        if (db.hasFiles()) {
            ok = attachFiles(db.getFiles().stream().map(java.io.File::toPath).toList());
        } else if (db.hasImage()) {
            ok = attachImage(db.getImage(), db.hasUrl() ? db.getUrl() : null);
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    public void chooseFiles() {
        if (!ensureFinding()) {
            return;
        }
        List<Path> files = dialogs.chooseImages(i18n.get("evidence.choose.title"));
        if (!files.isEmpty()) {
            attachFiles(files);
        }
    }

    /** Ctrl+V: an image on the clipboard, or image files copied in a file manager. */
    public void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles()) {
            attachFiles(cb.getFiles().stream().map(java.io.File::toPath).toList());
        } else if (cb.hasImage()) {
            attachImage(cb.getImage(), cb.hasUrl() ? cb.getUrl() : null);
        } else {
            dialogs.showInfo(i18n.get("evidence.paste"), i18n.get("evidence.clipboardEmpty"));
        }
    }

    /**
     * Screen-region capture: the window steps aside, the inspector drags a band over the screen
     * (Enter: the whole screen, Esc: cancel), and the region is attached as a PNG.
     */
    public void captureRegion(javafx.stage.Window owner) {
        if (!ensureFinding()) {
            return;
        }
        ScreenCapture.start(owner, i18n.get("evidence.capture.hint"), this::attachCapture, () -> { },
                e -> dialogs.showError(i18n.get("evidence.capture"), i18n.get("evidence.capture.failed")));
    }

    /** A captured region: stored as PNG like a pasted image, named by its capture time. */
    public boolean attachCapture(Image image) {
        return attachImage(image, null, "screen-");
    }

    private boolean ensureFinding() {
        if (vm.findingProperty().get() == null) {
            dialogs.showInfo(i18n.get("evidence.title"), i18n.get("evidence.noFinding"));
            return false;
        }
        return true;
    }

    private boolean attachFiles(List<Path> files) {
        return ensureFinding() && vm.attachFiles(files);
    }

    /** A pasted or dropped image has no file: it is stored as PNG, named by its capture time. */
    private boolean attachImage(Image image, String url) {
        return attachImage(image, url, "clipboard-");
    }

    private boolean attachImage(Image image, String url, String namePrefix) {
        if (!ensureFinding()) {
            return false;
        }
        Instant now = Instant.now();
        var awt = SwingFXUtils.fromFXImage(image, null);
        return vm.attach(List.of(new EvidenceViewModel.Attachment(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(awt, "png", out);
            return out.toByteArray();
        }, namePrefix + now.toEpochMilli() + ".png", url, now)));
    }

    public GridView<EvidenceItem> grid() {
        return grid;
    }

}
