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
    private final ResourceBundle bundle;

    public WelcomeText(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String s = bundle.getString(key);
        return args.length == 0 ? s : MessageFormat.format(s, args);
    }
}
