package org.inspectorbench.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The website's 互动回应差: 1. no effective channel for 咨询建言 (special channels such as 网上信访 and
 * 纪检举报 do not count: the inspector answers {@code hasChannel} accordingly); 2. messages left within
 * the look-back year that waited longer than the allowed time for an answer, or still wait for one.
 */
public final class InteractionCheck {

    public static final String VETO = "政府网站/互动回应差";

    private InteractionCheck() {
    }

    public static InteractionReport evaluate(boolean hasChannel, List<PublicMessage> messages, LocalDate monitoringDate,
                                             InteractionRule rule) {
        if (!hasChannel) {
            return new InteractionReport(0, List.of(), new VetoProposal(VETO, true, List.of("1"),
                    "互动回应差：未提供网上有效咨询建言渠道：建议单项否决。"));
        }
        LocalDate since = monitoringDate.minus(rule.lookBack());
        int checked = 0;
        List<PublicMessage> overdue = new ArrayList<>();
        for (PublicMessage m : messages) {
            if (m.asked().isBefore(since) || m.asked().isAfter(monitoringDate)) {
                continue;
            }
            checked++;
            LocalDate deadline = m.asked().plus(rule.maxResponse());
            boolean late = m.answered() == null ? monitoringDate.isAfter(deadline) : m.answered().isAfter(deadline);
            if (late) {
                overdue.add(m);
            }
        }
        boolean holds = overdue.size() >= rule.overdueMessages();
        String evidence = "互动回应差：" + since + " 至 " + monitoringDate + " 的有效留言 " + checked + " 条，超过 "
                + rule.maxResponse().toTotalMonths() + " 个月未回应 " + overdue.size() + " 条"
                + (overdue.isEmpty() ? "" : "：" + overdue.stream()
                .map(m -> m.title() + "（" + m.asked() + " 留言，" + (m.answered() == null ? "至今未答复" : m.answered() + " 答复") + "）")
                .collect(Collectors.joining("；")))
                + (holds ? "：建议单项否决。" : "。");
        return new InteractionReport(checked, overdue, new VetoProposal(VETO, holds, holds ? List.of("2") : List.of(), evidence));
    }
}
