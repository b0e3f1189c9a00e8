package org.inspectorbench.ui.evidence;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.inspectorbench.ui.port.EvidenceInfo;

/** An attached image and its thumbnail, which arrives later (decoded off the FX thread). */
public final class EvidenceItem {

    private final EvidenceInfo info;
    private final ReadOnlyObjectWrapper<Image> thumbnail = new ReadOnlyObjectWrapper<>();

    public EvidenceItem(EvidenceInfo info) {
        this.info = info;
    }

    public EvidenceInfo info() {
        return info;
    }

    public ReadOnlyObjectProperty<Image> thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }

    void setThumbnail(Image image) {
        thumbnail.set(image);
    }
}
