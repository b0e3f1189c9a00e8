package org.inspectorbench.monitoring;

import java.util.List;

/**
 * The columns over the 栏目不更新 limits, and the proposal.
 *
 * @param notUpdated     condition 1: 动态要闻类 columns not updated within 2 weeks and 通知公告/政策文件 first-level
 *                       columns not updated within 6 months, together
 * @param longNotUpdated condition 2: columns that should be updated but were not within the long window
 * @param empty          condition 3: empty columns
 */
public record ColumnReport(List<ColumnRecord> notUpdated, List<ColumnRecord> longNotUpdated, List<ColumnRecord> empty,
                           VetoProposal proposal) {

    public ColumnReport {
        notUpdated = List.copyOf(notUpdated);
        longNotUpdated = List.copyOf(longNotUpdated);
        empty = List.copyOf(empty);
    }
}
