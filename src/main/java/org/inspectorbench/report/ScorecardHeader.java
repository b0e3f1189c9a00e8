package org.inspectorbench.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a scorecard's header says about the inspection.
 *
 * @param title          "绵阳市2022年政务公开工作检查考核评分表": the campaign's name and 评分表
 * @param campaign       the campaign's name
 * @param rubric         the rubric's title (the document scored against)
 * @param unit           the unit inspected
 * @param kind           its kind (县市区, 园区, 市级部门)
 * @param monitoringDate the campaign's 监测时间点
 * @param inspectors     the inspectors assigned to the unit, by name
 * @param generatedAt    when the scorecard was made
 * @param websites       the unit's websites (each scored; the 政府网站 part is their average)
 * @param accounts       the unit's new-media accounts
 */
public record ScorecardHeader(String title, String campaign, String rubric, String unit, String kind,
                              LocalDate monitoringDate, List<String> inspectors, ZonedDateTime generatedAt,
                              List<String> websites, List<String> accounts) {

    public ScorecardHeader {
        inspectors = List.copyOf(inspectors);
        websites = List.copyOf(websites);
        accounts = List.copyOf(accounts);
    }
}
