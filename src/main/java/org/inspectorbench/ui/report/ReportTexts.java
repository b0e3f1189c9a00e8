package org.inspectorbench.ui.report;

import org.inspectorbench.ui.common.ResourceTexts;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The export's words, from its own bundle ({@code org/inspectorbench/ui/report/report*.properties},
 * Chinese by default) in the workbench's current language, so that the feature stays in its own
 * files (only the menu label lives in the workbench's bundle).
 */
public final class ReportTexts {

    private static final ResourceTexts TEXTS = new ResourceTexts("org.inspectorbench.ui.report.report");

    private final Supplier<Locale> locale;

    public ReportTexts(Supplier<Locale> locale) {
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return TEXTS.get(locale.get(), key, args);
    }
}
