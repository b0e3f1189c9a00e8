package org.inspectorbench.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A feature's own resource bundle (dashboard, report export, bundles), read in the workbench's
 * current language: the feature's strings live beside its code, only its menu label in the
 * workbench's bundle. Like {@link I18n}: the base bundle is Chinese (no fallback to the default
 * locale), a missing key shows as {@code !key!}, and patterns go through MessageFormat only with arguments.
 */
public final class ResourceTexts {

    private final String bundle;

    public ResourceTexts(String bundle) {
        this.bundle = bundle;
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
