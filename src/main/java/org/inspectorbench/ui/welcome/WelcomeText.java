package org.inspectorbench.ui.welcome;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The strings of the first-run and open-a-bundle dialogs, in their own bundle
 * ({@code welcome_zh_CN}, {@code welcome_en}) so that they live beside the code that uses them.
 */
public final class WelcomeText {

    private static final String BUNDLE = "org.inspectorbench.ui.welcome.welcome";
    private final Locale locale;
    private final ResourceBundle bundle;

    public WelcomeText(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        // Always through MessageFormat, so that '' is one apostrophe whether or not there are arguments.
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
