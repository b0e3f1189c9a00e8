package org.inspectorbench.store;

/**
 * The office's assignment of an inspector (id) to a unit (name), versioned like a finding so that
 * office bundles can add and withdraw assignments; {@code deleted} marks a withdrawn one.
 */
public record Assignment(String inspector, String unit, Revision revision, boolean deleted) {

    public String id() {
        return inspector + "/" + unit;
    }
}
