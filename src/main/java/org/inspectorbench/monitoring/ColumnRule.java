package org.inspectorbench.monitoring;

import java.time.Period;

/**
 * The 栏目不更新 veto's numbers (the seed: "1.监测时间点前2周内的动态、要闻类栏目,以及监测时间点前6个月内的
 * 通知公告、政策文件类一级栏目,累计超过(含)5个未更新。2.应更新但长期未更新的栏目数量超过(含)10个。3.空白栏目
 * 数量超过(含)5个。"). The three thresholds are the rubric's VetoCondition thresholds.
 *
 * @param dynamicWindow    动态要闻类 columns: updated within this period before the 监测时间点 (P14D)
 * @param firstLevelWindow 通知公告/政策文件 first-level columns: within this period (P6M)
 * @param longWindow       "长期未更新": not updated within this period. The seed does not define 长期;
 *                         the default reading (docs/monitoring.md) is one year, a parameter the office can change
 */
public record ColumnRule(Period dynamicWindow, Period firstLevelWindow, Period longWindow,
                         int notUpdatedThreshold, int longNotUpdatedThreshold, int emptyThreshold) {

    public ColumnRule {
        if (notUpdatedThreshold < 1 || longNotUpdatedThreshold < 1 || emptyThreshold < 1) {
            throw new IllegalArgumentException("thresholds must be at least 1");
        }
    }
}
