package org.inspectorbench.monitoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 服务不实用: 1. no services offered; 2. incomplete matters >= the threshold; 3. fewer matters than the
 * threshold in all, and every one incomplete. (Departments without public services are not checked:
 * that is rubric applicability, decided before this check is asked.)
 */
public final class ServiceGuideCheck {

    public static final String VETO = "政府网站/服务不实用";

    private ServiceGuideCheck() {
    }

    /** @param providesServices false when the website offers no 办事服务 at all */
    public static ServiceGuideReport evaluate(boolean providesServices, List<ServiceMatter> matters, ServiceGuideRule rule) {
        if (!providesServices) {
            return new ServiceGuideReport(0, List.of(), new VetoProposal(VETO, true, List.of("1"),
                    "服务不实用：网站未提供办事服务：建议单项否决。"));
        }
        List<ServiceMatter> incomplete = matters.stream()
                .filter(m -> m.missing().size() >= rule.missingElements()).toList();
        String list = incomplete.isEmpty() ? "" : "：" + incomplete.stream()
                .map(m -> m.name() + "（缺" + m.missing().stream().map(GuideElement::label).collect(Collectors.joining("、")) + "）")
                .collect(Collectors.joining("；"));
        StringBuilder evidence = new StringBuilder("服务不实用：检查 ").append(matters.size()).append(" 个事项的办事指南，缺失 ")
                .append(rule.missingElements()).append(" 类及以上重点要素的事项 ").append(incomplete.size()).append(" 个")
                .append(list).append("。");
        String condition = null;
        if (matters.isEmpty()) {
            evidence.append("未记录事项：请记录各事项办事指南的重点要素。");
        } else if (incomplete.size() >= rule.matters()) {
            condition = "2";
            evidence.append("达到超过（含）").append(rule.matters()).append(" 个的否决线：建议单项否决。");
        } else if (matters.size() < rule.matters() && incomplete.size() == matters.size()) {
            condition = "3";
            evidence.append("事项总数不足 ").append(rule.matters()).append(" 个且每个事项均缺失 ").append(rule.missingElements())
                    .append(" 类及以上：建议单项否决。");
        } else {
            evidence.append("未达到否决线。");
        }
        return new ServiceGuideReport(matters.size(), incomplete,
                new VetoProposal(VETO, condition != null, condition == null ? List.of() : List.of(condition), evidence.toString()));
    }
}
