package org.inspectorbench.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.ResourceTexts;

/**
 * The dashboard's texts (dashboard*.properties beside this class), in the workbench's current
 * language: a bundle of its own, so that the dashboard's strings live with the dashboard.
 */
public final class DashboardText {

    private static final ResourceTexts TEXTS = new ResourceTexts("org.inspectorbench.ui.dashboard.dashboard");

    private final I18n i18n;

    public DashboardText(I18n i18n) {
        this.i18n = i18n;
    }

    public String get(String key, Object... args) {
        return TEXTS.get(i18n.locale(), key, args);
    }

    /** Follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), i18n.localeProperty());
    }

    I18n i18n() {
        return i18n;
    }
}
