package org.inspectorbench.scoring;

/**
 * A 单项否决 found to hold: {@code veto} is its path ("政府网站/首页不更新"), {@code condition} the
 * numbered condition that holds, if known.
 */
public record VetoInput(String veto, String condition, String note) {
}
