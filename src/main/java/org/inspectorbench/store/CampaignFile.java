package org.inspectorbench.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign definition file (docs/workspace.md, "Campaign file"), e.g.
 * sample-data/campaigns/mianyang-2022.json. {@code rubric} and {@code units} are paths relative to
 * the campaign file.
 *
 * @param monitoringDate   the 监测时间点 that dated rules are measured against
 * @param evidenceDeadline when the 佐证材料 were due; later ones count as missing (附件4)
 */
public record CampaignFile(
        String id,
        String name,
        String note,
        String rubric,
        String units,
        LocalDate monitoringDate,
        LocalDate evidenceDeadline,
        List<InspectorEntry> inspectors,
        List<AssignmentEntry> assignments,
        NewMediaList newMedia) {

    public record InspectorEntry(String id, String name) {
    }

    public record AssignmentEntry(String inspector, List<String> units) {
    }

    /**
     * New-media accounts per unit. {@code sample} true marks an invented list: the real
     * 212-account whitelist (附件3) is published by 绵阳市人民政府 and not part of this product.
     */
    public record NewMediaList(boolean sample, String note, List<AccountEntry> accounts) {
    }

    public record AccountEntry(String unit, String name, String platform) {
    }
}
