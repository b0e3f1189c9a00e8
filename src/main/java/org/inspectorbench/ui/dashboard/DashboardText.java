package org.inspectorbench.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.inspectorbench.ui.common.I18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboard's texts (dashboard*.properties beside this class), in the workbench's current
 * language: a bundle of its own, so that the dashboard's strings live with the dashboard.
 */
public final class DashboardText {

    private static final String BUNDLE = "org.inspectorbench.ui.dashboard.dashboard";

    private final I18n i18n;

    public DashboardText(I18n i18n) {
        this.i18n = i18n;
    }

    public String get(String key, Object... args) {
        Locale locale = i18n.locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), i18n.localeProperty());
    }

    I18n i18n() {
        return i18n;
    }
}
