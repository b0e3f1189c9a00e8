package org.inspectorbench.evidence;

/** The bytes given as evidence are not an image we can read; the message names the file. */
public class UnsupportedImageException extends Exception {

    public UnsupportedImageException(String message) {
        super(message);
    }

    public UnsupportedImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
