package org.inspectorbench.monitoring;

import java.time.LocalDate;

/**
 * What the inspector records about one column of a website.
 *
 * @param firstLevel   a first-level (一级) column: the 6-month rule for 通知公告/政策文件 applies to these
 * @param lastUpdate   the date of the newest dated item, or null when none is dated or there is none
 *                     (the seed: "稿件发布页未注明发布时间的视为不更新")
 * @param empty        the column has no content at all (空白栏目)
 * @param shouldUpdate the column is one that should be kept up to date (应更新)
 */
public record ColumnRecord(String name, ColumnKind kind, boolean firstLevel, LocalDate lastUpdate,
                           boolean empty, boolean shouldUpdate) {

    /** Updated on or after {@code since}. */
    boolean updatedSince(LocalDate since) {
        return lastUpdate != null && !lastUpdate.isBefore(since);
    }
}
