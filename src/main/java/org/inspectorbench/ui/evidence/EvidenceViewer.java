package org.inspectorbench.ui.evidence;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.EvidenceInfo;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows one evidence image: zoom (wheel, +/-, 0 to fit) and pan (drag), and an annotation layer
 * (boxes, arrows, text) drawn over it and stored apart from the image. Shows capture time, source
 * URL and SHA-256 so the inspector can tell which screenshot this is.
 */
public final class EvidenceViewer extends BorderPane {

    private final EvidenceViewModel vm;
    private final I18n i18n;
    private final DialogService dialogs;
    private final EvidenceInfo info;
    private final ImageView image = new ImageView();
    private final AnnotationLayer layer;
    private final Group content;
    private final Pane viewport = new Pane();
    private final Scale scale = new Scale(1, 1);
    private final Translate pan = new Translate();
    private final ToggleGroup tools = new ToggleGroup();
    private Point2D dragStart;
    private boolean userZoomed;

    public EvidenceViewer(EvidenceViewModel vm, EvidenceInfo info, I18n i18n, DialogService dialogs) {
        this.vm = vm;
        this.info = info;
        this.i18n = i18n;
        this.dialogs = dialogs;
        getStyleClass().add("evidence-viewer");
        layer = new AnnotationLayer();
        content = new Group(image, layer);
        content.getTransforms().addAll(pan, scale);
        viewport.getChildren().add(content);
        viewport.getStyleClass().add("viewer-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        setTop(toolbar());
        setCenter(viewport);
        setBottom(details());
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.setOnScroll(e -> zoomBy(e.getDeltaY() > 0 ? 1.25 : 0.8));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
                zoomBy(1.25);
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                zoomBy(0.8);
            } else if (e.getCode() == KeyCode.DIGIT0) {
                fit();
            }
        });
        viewport.widthProperty().addListener(o -> fitIfFresh());
        viewport.heightProperty().addListener(o -> fitIfFresh());
        load();
    }

    private void load() {
        vm.reader().run(() -> new Loaded(new Image(new ByteArrayInputStream(vm.store().image(info.sha256()))),
                Annotations.fromJson(vm.annotations(info).orElse(null))), loaded -> {
            image.setImage(loaded.image());
            layer.setAnnotations(loaded.annotations());
            fit();
        });
    }

    private record Loaded(Image image, Annotations annotations) {
    }

    private ToolBar toolbar() {
        ToggleButton panTool = tool("viewer.pan", null);
        panTool.setSelected(true);
        ToggleButton box = tool("viewer.box", Annotations.Kind.BOX);
        ToggleButton arrow = tool("viewer.arrow", Annotations.Kind.ARROW);
        ToggleButton text = tool("viewer.text", Annotations.Kind.TEXT);
        Button zoomIn = button("viewer.zoomIn", () -> zoomBy(1.25));
        Button zoomOut = button("viewer.zoomOut", () -> zoomBy(0.8));
        Button fit = button("viewer.fit", this::fit);
        Button undoShape = button("viewer.removeLast", () -> save(layer.annotations().withoutLast()));
        return new ToolBar(panTool, box, arrow, text, zoomIn, zoomOut, fit, undoShape);
    }

    private ToggleButton tool(String key, Annotations.Kind kind) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(i18n.text(key));
        b.setUserData(kind);
        b.setToggleGroup(tools);
        b.setId("tool-" + (kind == null ? "pan" : kind.name().toLowerCase()));
        return b;
    }

    private Button button(String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox details() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        Label name = new Label(i18n.get("viewer.file", info.fileName(), info.width(), info.height()));
        Label captured = new Label(i18n.get("viewer.captured",
                info.capturedAt() == null ? "–" : f.format(info.capturedAt())));
        Label source = new Label(i18n.get("viewer.source", info.sourceUrl() == null ? "–" : info.sourceUrl()));
        Label sha = new Label(i18n.get("viewer.sha", info.sha256()));
        sha.setId("viewer-sha");
        sha.getStyleClass().add("mono");
        VBox box = new VBox(2, name, captured, source, sha);
        box.setPadding(new Insets(6));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("viewer-details");
        return box;
    }

    private Annotations.Kind currentTool() {
        return tools.getSelectedToggle() == null ? null : (Annotations.Kind) tools.getSelectedToggle().getUserData();
    }

    private Point2D toImage(MouseEvent e) {
        return content.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void pressed(MouseEvent e) {
        viewport.requestFocus();
        dragStart = currentTool() == null ? new Point2D(e.getX() - pan.getX(), e.getY() - pan.getY()) : toImage(e);
        if (currentTool() == Annotations.Kind.TEXT) {
            Point2D at = dragStart;
            dialogs.askText(i18n.get("viewer.text"), i18n.get("viewer.textPrompt"), "").ifPresent(t ->
                    save(layer.annotations().with(new Annotations.Shape(Annotations.Kind.TEXT, at.getX(), at.getY(),
                            at.getX(), at.getY(), t))));
            dragStart = null;
        }
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        if (currentTool() == null) {
            userZoomed = true;
            pan.setX(e.getX() - dragStart.getX());
            pan.setY(e.getY() - dragStart.getY());
            return;
        }
        Point2D now = toImage(e);
        layer.preview(currentTool(), dragStart, now);
    }

    private void released(MouseEvent e) {
        Annotations.Kind kind = currentTool();
        if (dragStart == null || kind == null) {
            dragStart = null;
            return;
        }
        Point2D end = toImage(e);
        layer.clearPreview();
        if (dragStart.distance(end) > 3) {
            save(layer.annotations().with(new Annotations.Shape(kind, dragStart.getX(), dragStart.getY(),
                    end.getX(), end.getY(), null)));
        }
        dragStart = null;
    }

    /** Every shape is stored at once, like every other edit (no save button). */
    private void save(Annotations next) {
        layer.setAnnotations(next);
        String json = next.toJson();
        vm.writer().run(() -> vm.store().saveAnnotations(info, json));
    }

    private void zoomBy(double factor) {
        userZoomed = true;
        double s = Math.max(0.05, Math.min(20, scale.getX() * factor));
        double cx = viewport.getWidth() / 2;
        double cy = viewport.getHeight() / 2;
        // Keep the point under the viewport's centre where it is.
        double ix = (cx - pan.getX()) / scale.getX();
        double iy = (cy - pan.getY()) / scale.getY();
        scale.setX(s);
        scale.setY(s);
        pan.setX(cx - ix * s);
        pan.setY(cy - iy * s);
    }

    private void fitIfFresh() {
        if (!userZoomed) {
            fit();
        }
    }

    public void fit() {
        Image img = image.getImage();
        if (img == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        double s = Math.min(viewport.getWidth() / img.getWidth(), viewport.getHeight() / img.getHeight());
        s = Math.min(s, 1.0);
        scale.setX(s);
        scale.setY(s);
        pan.setX((viewport.getWidth() - img.getWidth() * s) / 2);
        pan.setY((viewport.getHeight() - img.getHeight() * s) / 2);
    }

    public AnnotationLayer layer() {
        return layer;
    }

    /** Opens the viewer in its own window; Esc closes it. */
    public static void open(EvidenceViewModel vm, EvidenceInfo info, I18n i18n, DialogService dialogs,
                            javafx.stage.Window owner, java.util.List<String> stylesheets) {
        EvidenceViewer viewer = new EvidenceViewer(vm, info, i18n, dialogs);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.get("viewer.title", info.fileName()));
        Scene scene = new Scene(viewer, 1000, 720);
        scene.getStylesheets().addAll(stylesheets);
        scene.getAccelerators().put(KeyCombination.keyCombination("Esc"), stage::close);
        stage.setScene(scene);
        stage.show();
        viewer.requestFocus();
    }
}
