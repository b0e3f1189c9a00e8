package org.inspectorbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-visible text comes from the bundles {@code org/inspectorbench/ui/messages*.properties}.
 * Labels bind to {@link #text(String, Object...)} so that switching the language re-renders the
 * window without a restart.
 */
public final class I18n {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.inspectorbench.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> bundle = load(now));
        locale.set(initial);
    }

    private static ResourceBundle load(Locale l) {
        // The base bundle is Chinese; without NO_FALLBACK an English default locale would pick
        // messages_en for a zh request on some machines.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for {@code key} now, formatted with {@code args} (MessageFormat). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
