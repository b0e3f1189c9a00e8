package org.inspectorbench.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds a row of a virtualized list or tree, and keeps the row's own layout requests (a check box
 * restyled, a text typed, a label's new text) to itself when its height stays the same: the list
 * then lays out that one row, not measure and place every visible row again, which cost the frame
 * after each keystroke most of its time. When the row's height does change the request goes on
 * to the list as usual (one pulse later).
 */
public final class LayoutBarrier extends StackPane {

    private final Node content;
    private boolean settled;
    private double height = Double.NaN;

    public LayoutBarrier(Node content) {
        super(content);
        this.content = content;
    }

    @Override
    public void requestLayout() {
        if (!settled || content == null) {
            super.requestLayout();
        } else {
            setNeedsLayout(true); // this branch only: the parents are not asked to lay out again
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = content.prefHeight(w);
        if (settled && h != height) {
            settled = false;
            height = h;
            super.requestLayout();
        } else {
            height = h;
            settled = true;
        }
        super.layoutChildren();
    }
}
