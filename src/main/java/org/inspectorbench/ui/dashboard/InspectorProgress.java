package org.inspectorbench.ui.dashboard;

/** One inspector's units by state and the findings of theirs that have no evidence yet. */
public record InspectorProgress(String inspector, int done, int inProgress, int notStarted, int findingsWithoutEvidence) {

    public int units() {
        return done + inProgress + notStarted;
    }
}
