package org.inspectorbench.monitoring;

import java.time.Period;

/**
 * The website 互动回应差 veto's numbers (seed: "2.监测时间点前1年内,对网民留言应及时答复处理的政务咨询类栏目...
 * 存在超过3个月未回应有效留言的现象").
 *
 * @param lookBack       messages asked within this period before the 监测时间点 are checked (P1Y)
 * @param maxResponse    a message not answered within this period is overdue ("超过3个月": P3M)
 * @param overdueMessages the veto holds at this many overdue messages or more ("存在" = 1)
 */
public record InteractionRule(Period lookBack, Period maxResponse, int overdueMessages) {

    public InteractionRule {
        if (overdueMessages < 1) {
            throw new IllegalArgumentException("overdueMessages must be at least 1");
        }
    }
}
