package org.inspectorbench.ui.evidence;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

import java.util.function.Consumer;

/** A thumbnail with its file name; shows a placeholder until the thumbnail has been decoded. */
final class ThumbnailCell extends GridCell<EvidenceItem> {

    private final ImageView view = new ImageView();
    private final Label name = new Label();
    private final VBox box;
    private final ChangeListener<Image> arrived = (o, a, b) -> view.setImage(b);
    private EvidenceItem shown;

    ThumbnailCell(Consumer<EvidenceItem> open) {
        view.setFitWidth(120);
        view.setFitHeight(86);
        view.setPreserveRatio(true);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("thumb-frame");
        frame.setPrefSize(124, 90);
        name.getStyleClass().add("thumb-name");
        name.setMaxWidth(124);
        box = new VBox(2, frame, name);
        box.setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("thumb-cell");
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(EvidenceItem item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.thumbnailProperty().removeListener(arrived);
        }
        shown = empty ? null : item;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        shown.thumbnailProperty().addListener(arrived);
        view.setImage(shown.thumbnailProperty().get());
        name.setText(shown.info().fileName());
        setGraphic(box);
    }
}
