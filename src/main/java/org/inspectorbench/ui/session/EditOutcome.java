package org.inspectorbench.ui.session;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the last edit did to the score: item changes ("-0.5 可用性") and the total and tier before and
 * after; {@code kind} says whether it was an edit, an undo or a redo.
 */
public record EditOutcome(Kind kind, List<ScoreDiff.Change> changes, BigDecimal totalBefore, BigDecimal totalAfter,
                          String tierBefore, String tierAfter) {

    public enum Kind { EDIT, UNDO, REDO }

    public boolean tierChanged() {
        return tierBefore != null && !tierBefore.equals(tierAfter);
    }
}
