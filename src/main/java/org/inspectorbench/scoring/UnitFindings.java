package org.inspectorbench.scoring;

import java.util.List;

/**
 * One unit's findings. {@code websites} omitted means one website with no findings; {@code tags}
 * carries unit traits that rubric applicability refers to (e.g. "无对外服务职能").
 */
public record UnitFindings(
        String unit,
        String kind,
        List<String> tags,
        List<FindingInput> findings,
        List<WebsiteFindings> websites,
        NewMediaFindings newMedia) {
}
