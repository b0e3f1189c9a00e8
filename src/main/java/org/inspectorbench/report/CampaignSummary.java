package org.inspectorbench.report;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.UnitResult;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the campaign summary shows: every unit's result, ranked, with the tier counts.
 *
 * @param title "绵阳市2022年政务公开工作检查考核结果汇总表"
 */
public record CampaignSummary(String title, String campaign, Rubric rubric, LocalDate monitoringDate,
                              ZonedDateTime generatedAt, List<UnitResult> results) {

    public CampaignSummary {
        results = List.copyOf(results);
    }

    /** "绵阳市2022年政务公开工作检查考核" → "绵阳市2022年政务公开工作检查考核结果汇总表". */
    public static String title(String campaignName) {
        String name = campaignName == null ? "" : campaignName.strip();
        return name + "结果汇总表";
    }
}
