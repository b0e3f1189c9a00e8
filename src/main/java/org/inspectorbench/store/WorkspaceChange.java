package org.inspectorbench.store;

import java.util.Set;

/**
 * Told to listeners after an action has been committed: what was done ({@code label}; {@code action}
 * is do, undo or redo) and which units it touched, so that a view recomputes only those.
 */
public record WorkspaceChange(String label, String action, Set<String> units) {
}
