package org.inspectorbench.ui.units;

/** The verdict filter of the units list. */
public enum VerdictFilter {
    ALL, PASS, FAILED, VETOED;

    public String messageKey() {
        return "units.verdict." + name().toLowerCase();
    }
}
