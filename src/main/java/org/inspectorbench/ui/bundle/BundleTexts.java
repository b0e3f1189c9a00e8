package org.inspectorbench.ui.bundle;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The bundle and conflict views' words, from its own bundle ({@code org/inspectorbench/ui/bundle/bundle*.properties},
 * Chinese by default) in the workbench's current language, so that the feature stays in its own
 * files (only the menu label lives in the workbench's bundle).
 */
public final class BundleTexts {

    private static final String BUNDLE = "org.inspectorbench.ui.bundle.bundle";

    private final Supplier<Locale> locale;

    public BundleTexts(Supplier<Locale> locale) {
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        Locale l = locale.get();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }
}
