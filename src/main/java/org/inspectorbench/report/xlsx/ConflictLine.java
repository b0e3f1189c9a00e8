package org.inspectorbench.report.xlsx;

/** An open merge conflict as the 待处理 sheet lists it. */
public record ConflictLine(String unit, String record, String detail) {
}
