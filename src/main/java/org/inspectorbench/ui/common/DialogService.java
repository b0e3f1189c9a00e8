package org.inspectorbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so that view models can be tested without a window. */
public interface DialogService {

    /** Tells the user what went wrong and what to do; never a stack trace. */
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Image files to attach; empty when cancelled. */
    List<Path> chooseImages(String title);

    /** One line of text (candidates of a sample, a URL); empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);
}
