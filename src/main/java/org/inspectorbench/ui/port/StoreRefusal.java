package org.inspectorbench.ui.port;

/**
 * The store refused what the user gave it (not an image, a file too large...). The message says
 * what is wrong and what to do; the UI shows it without a stack trace.
 */
public class StoreRefusal extends RuntimeException {

    public StoreRefusal(String message) {
        super(message);
    }
}
