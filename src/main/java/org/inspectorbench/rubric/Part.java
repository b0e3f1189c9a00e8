package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored part. {@code scope} says what a part's findings are recorded against: the unit as a
 * whole, each of its websites (the unit's part score is then the average over its websites), or
 * its new-media accounts taken together.
 *
 * @param name     e.g. "政府网站"; the first segment of every item path of the part
 * @param division the document's heading it belongs to, e.g. "第二部分"
 * @param scope    UNIT, WEBSITE or NEW_MEDIA
 * @param bonus    true for a part whose items award points instead of deducting them
 * @param points   the part's maximum
 * @param sections the 一级指标 of the part
 */
public record Part(
        String name,
        String division,
        Scope scope,
        boolean bonus,
        BigDecimal points,
        List<Section> sections) {

    public enum Scope { UNIT, WEBSITE, NEW_MEDIA }
}
