package org.inspectorbench.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A fixed-width slot for a label whose text changes on every edit (a score). The label is not
 * managed by its parent, so a new text lays out the label alone: without this, each keystroke
 * made the whole checklist tree (or units list) measure and lay out all its visible rows again
 * before the frame could show the new score.
 */
public final class FixedSlot extends Region {

    private final Label label;

    public FixedSlot(Label label, double width) {
        this.label = label;
        label.setManaged(false);
        label.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(label);
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
