package org.inspectorbench.ui.bundle;

import org.inspectorbench.ui.common.ResourceTexts;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The bundle and conflict views' words, from its own bundle ({@code org/inspectorbench/ui/bundle/bundle*.properties},
 * Chinese by default) in the workbench's current language, so that the feature stays in its own
 * files (only the menu label lives in the workbench's bundle).
 */
public final class BundleTexts {

    private static final ResourceTexts TEXTS = new ResourceTexts("org.inspectorbench.ui.bundle.bundle");

    private final Supplier<Locale> locale;

    public BundleTexts(Supplier<Locale> locale) {
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return TEXTS.get(locale.get(), key, args);
    }
}
