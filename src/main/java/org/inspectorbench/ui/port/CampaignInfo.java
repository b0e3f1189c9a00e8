package org.inspectorbench.ui.port;

import org.inspectorbench.rubric.Rubric;

import java.time.LocalDate;

/** The campaign the workbench has open: its frozen rubric, its 监测时间点, and who is at the keyboard. */
public record CampaignInfo(String name, LocalDate monitoringDate, Rubric rubric, String inspector) {
}
