package org.inspectorbench.ui.common;

import org.inspectorbench.ui.port.StoreRefusal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;

/** Turns a failure into a sentence for the inspector: what went wrong and what to do. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable e, I18n i18n) {
        Throwable t = e;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof StoreRefusal) {
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException n) {
            return i18n.get("error.noFile", n.getFile());
        }
        if (t instanceof AccessDeniedException a) {
            return i18n.get("error.denied", a.getFile());
        }
        if (t instanceof IOException) {
            return i18n.get("error.io", t.getMessage());
        }
        return i18n.get("error.unexpected", t.getClass().getSimpleName() + ": " + t.getMessage());
    }
}
