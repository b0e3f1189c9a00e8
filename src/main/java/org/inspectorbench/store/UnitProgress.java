package org.inspectorbench.store;

import java.time.Instant;
import java.util.List;

/**
 * How far the inspection of one unit has got: not started (no finding recorded), in progress, or
 * done (declared complete); how many live findings it has and how many of them have no evidence.
 *
 * @param inspectors the ids of the inspectors assigned to it
 */
public record UnitProgress(String unit, String kind, List<String> inspectors, State state, int findings,
                           int findingsWithoutEvidence, String completedBy, Instant completedAt) {

    public enum State { NOT_STARTED, IN_PROGRESS, DONE }

    public UnitProgress {
        inspectors = List.copyOf(inspectors);
    }
}
