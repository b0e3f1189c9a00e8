package org.inspectorbench.monitoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * 首页不更新 (seed: "监测2周,首页无信息更新的,即单项否决。如首页仅为网站栏目导航入口,所有二级页面无信息更新的,
 * 即单项否决"): condition 1 for an ordinary homepage, condition 2 for a navigation-only one, whose
 * second-level pages are the recorded columns.
 */
public final class HomepageCheck {

    public static final String VETO = "政府网站/首页不更新";

    private HomepageCheck() {
    }

    /** @param period the monitoring period ending at the 监测时间点 (2周 = P14D) */
    public static VetoProposal evaluate(HomepageRecord homepage, List<ColumnRecord> columns, LocalDate monitoringDate, Period period) {
        LocalDate since = monitoringDate.minus(period);
        if (!homepage.navigationOnly()) {
            boolean updated = homepage.lastUpdate() != null && !homepage.lastUpdate().isBefore(since);
            String evidence = "首页不更新：监测期 " + since + " 至 " + monitoringDate + "，首页最近更新 "
                    + (homepage.lastUpdate() == null ? "无（未注明发布时间视为不更新）" : homepage.lastUpdate().toString())
                    + (updated ? "，监测期内有更新。" : "，监测期内无更新：建议单项否决。");
            return new VetoProposal(VETO, !updated, updated ? List.of() : List.of("1"), evidence);
        }
        if (columns.isEmpty()) {
            return new VetoProposal(VETO, false, List.of(), "首页不更新：首页仅为栏目导航入口，但未记录任何二级页面，无法判断：请记录各栏目的最近更新日期。");
        }
        LocalDate newest = columns.stream().map(ColumnRecord::lastUpdate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        boolean updated = newest != null && !newest.isBefore(since);
        String evidence = "首页不更新：首页仅为栏目导航入口，按二级页面判断。监测期 " + since + " 至 " + monitoringDate + "，"
                + columns.size() + " 个二级页面最近更新 " + (newest == null ? "无" : newest.toString())
                + (updated ? "，监测期内有更新。" : "，所有二级页面监测期内均无更新：建议单项否决。");
        return new VetoProposal(VETO, !updated, updated ? List.of() : List.of("2"), evidence);
    }
}
