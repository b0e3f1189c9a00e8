package org.inspectorbench.bundle;

import org.inspectorbench.store.Revision;

import java.util.List;
import java.util.Map;

/**
 * One version of a conflicted record, as a reviewer sees it.
 *
 * @param number     1-based, newest first (the order of {@code conflicts show})
 * @param bundles    the bundles that brought it, "author: bundle id" (empty: made in this workspace)
 * @param fields     the state's fields, in the record's order
 * @param shown      true for the provisional winner the workspace shows now
 * @param mine       true for a version made in this workspace by its current inspector
 */
public record ConflictSide(int number, Revision revision, String authorId, String authorName, List<String> bundles,
                           boolean deleted, Map<String, Object> fields, String stateJson, boolean shown,
                           boolean mine) {
}
