package org.inspectorbench.monitoring;

/**
 * The 服务不实用 veto's numbers (seed: "2.办事指南重点要素类别...缺失4类及以上的事项数量超过(含)5个。3.事项总数不足5个的,
 * 每个事项办事指南重点要素类别...均缺失4类及以上").
 *
 * @param missingElements a matter is incomplete when it lacks this many key elements or more (4)
 * @param matters         condition 2: this many incomplete matters or more (5, the rubric's threshold);
 *                        condition 3 applies when there are fewer matters than this in all
 */
public record ServiceGuideRule(int missingElements, int matters) {

    public ServiceGuideRule {
        if (missingElements < 1 || missingElements > GuideElement.values().length || matters < 1) {
            throw new IllegalArgumentException("missingElements in 1..10 and matters >= 1");
        }
    }
}
