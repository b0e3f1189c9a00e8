package org.inspectorbench.bundle;

/** Progress of a bundle export (images written of all), and the user's wish to stop it. */
public interface BundleProgress {

    /** {@code done} of {@code total} images written so far. */
    void update(long done, long total);

    /** Checked before each image: true stops the export, which then writes nothing. */
    boolean cancelled();

    BundleProgress NONE = new BundleProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
