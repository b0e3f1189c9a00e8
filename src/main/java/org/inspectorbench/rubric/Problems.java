package org.inspectorbench.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found so far in one rubric file. A value the shape check already rejected (wrong
 * type, removed before binding) is "settled": later checks that would only say it is missing are
 * dropped, so each mistake is reported once.
 */
final class Problems {

    private final List<RubricProblem> found = new ArrayList<>();
    private final Set<String> settled = new HashSet<>();
    /** Where each path is in the text: a second pass over it, made only when there is a problem to place. */
    private final java.util.function.Supplier<JsonPositions> source;
    private JsonPositions positions;

    Problems(java.util.function.Supplier<JsonPositions> positions) {
        this.source = positions;
    }

    void add(String path, String message) {
        if (settled.contains(path)) {
            return;
        }
        if (positions == null && source != null) {
            positions = source.get();
        }
        JsonPositions.Position at = positions == null ? null : positions.near(path);
        String where = at == null ? "" : " (第" + at.line() + "行第" + at.column() + "列 / line " + at.line()
                + ", column " + at.column() + ")";
        found.add(new RubricProblem(path, message + where));
    }

    /** Reports a value the shape check removes, so that nothing more is said about it. */
    void reject(String path, String message) {
        add(path, message);
        settled.add(path);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<RubricProblem> list() {
        return List.copyOf(found);
    }
}
