package org.inspectorbench.ui.common;

import javafx.scene.control.Label;

/** Small coloured labels for tiers and verdicts; colours live in workbench.css. */
public final class Badges {

    private Badges() {
    }

    public static Label make(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", styleClass);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** The tier badge; its colour class is the tier's rank, so that another rubric's names work too. */
    public static Label tier(String tier, boolean vetoed) {
        return make(tier, vetoed ? "badge-veto" : "badge-tier");
    }
}
