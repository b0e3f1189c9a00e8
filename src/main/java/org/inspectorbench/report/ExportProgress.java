package org.inspectorbench.report;

/** Progress of a report export, and the user's wish to stop it (checked between units). */
public interface ExportProgress {

    /** {@code done} of {@code total} files written so far; {@code current} names the last one. */
    void update(int done, int total, String current);

    boolean cancelled();

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(int done, int total, String current) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
