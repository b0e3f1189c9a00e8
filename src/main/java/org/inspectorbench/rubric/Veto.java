package org.inspectorbench.rubric;

import java.util.List;

/**
 * A 单项否决 condition: if it holds, the website (or the unit's new media) is 不合格 and so is the
 * unit, whatever its score.
 *
 * @param target     the part it judges: "政府网站" or "政务新媒体"
 * @param name       the seed's 指标, e.g. "首页不更新"; its path is target/name
 * @param text       the seed's 评分细则, verbatim
 * @param conditions the numbered conditions, any one of which makes the veto hold
 */
public record Veto(
        String target,
        String name,
        String text,
        List<VetoCondition> conditions,
        Applicability applicability) {
}
