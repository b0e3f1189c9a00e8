package org.inspectorbench.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 栏目不更新: counts the recorded columns against the three conditions. An empty column counts only as
 * empty (condition 3), not also as not updated: the seed lists 空白栏目 as its own condition, and
 * counting one column twice would let 3 empty columns weigh as 6 (docs/monitoring.md).
 */
public final class ColumnCheck {

    public static final String VETO = "政府网站/栏目不更新";

    private ColumnCheck() {
    }

    public static ColumnReport evaluate(List<ColumnRecord> columns, LocalDate monitoringDate, ColumnRule rule) {
        LocalDate dynamicSince = monitoringDate.minus(rule.dynamicWindow());
        LocalDate firstLevelSince = monitoringDate.minus(rule.firstLevelWindow());
        LocalDate longSince = monitoringDate.minus(rule.longWindow());
        List<ColumnRecord> notUpdated = new ArrayList<>();
        List<ColumnRecord> longNotUpdated = new ArrayList<>();
        List<ColumnRecord> empty = new ArrayList<>();
        for (ColumnRecord c : columns) {
            if (c.empty()) {
                empty.add(c);
                continue;
            }
            boolean stale = switch (c.kind()) {
                case DYNAMIC_NEWS -> !c.updatedSince(dynamicSince);
                case NOTICE, POLICY_DOCUMENT -> c.firstLevel() && !c.updatedSince(firstLevelSince);
                case OTHER -> false;
            };
            if (stale) {
                notUpdated.add(c);
            }
            if (c.shouldUpdate() && !c.updatedSince(longSince)) {
                longNotUpdated.add(c);
            }
        }
        List<String> conditions = new ArrayList<>();
        if (notUpdated.size() >= rule.notUpdatedThreshold()) {
            conditions.add("1");
        }
        if (longNotUpdated.size() >= rule.longNotUpdatedThreshold()) {
            conditions.add("2");
        }
        if (empty.size() >= rule.emptyThreshold()) {
            conditions.add("3");
        }
        String evidence = "栏目不更新（监测时间点 " + monitoringDate + "，共记录 " + columns.size() + " 个栏目）："
                + line("1. 未更新（动态要闻类 " + dynamicSince + " 起无更新；通知公告、政策文件类一级栏目 " + firstLevelSince
                        + " 起无更新）", notUpdated, rule.notUpdatedThreshold())
                + line("2. 应更新但长期未更新（" + longSince + " 起无更新）", longNotUpdated, rule.longNotUpdatedThreshold())
                + line("3. 空白栏目", empty, rule.emptyThreshold())
                + (conditions.isEmpty() ? "均未达到否决线。" : "第 " + String.join("、", conditions) + " 项达到否决线：建议单项否决。");
        return new ColumnReport(notUpdated, longNotUpdated, empty,
                new VetoProposal(VETO, !conditions.isEmpty(), conditions, evidence));
    }

    private static String line(String what, List<ColumnRecord> list, int threshold) {
        String names = list.isEmpty() ? "" : "：" + list.stream()
                .map(c -> c.name() + (c.empty() ? "" : "（" + (c.lastUpdate() == null ? "无日期" : "最近 " + c.lastUpdate()) + "）"))
                .collect(Collectors.joining("、"));
        return what + " " + list.size() + " 个（否决线 " + threshold + " 个）" + names + "；";
    }
}
