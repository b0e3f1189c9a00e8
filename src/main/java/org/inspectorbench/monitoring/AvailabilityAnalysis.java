package org.inspectorbench.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 站点无法访问: per site and per day of the monitoring week, the checks and those that took the slow
 * limit or longer or failed; the veto when their share of the week reaches the rubric's share and
 * every day has enough checks. The comparison is exact: notOpened >= share x checks.
 */
public final class AvailabilityAnalysis {

    public static final String VETO = "政府网站/站点无法访问";
    private static final String CONDITION = "1";

    private AvailabilityAnalysis() {
    }

    /**
     * @param weekStart the first day of the monitoring week, or null for the earliest day in the log
     */
    public static AvailabilityReport analyse(List<AvailabilityCheck> checks, AvailabilityRule rule, LocalDate weekStart) {
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("no checks");
        }
        LocalDate start = weekStart != null ? weekStart
                : checks.stream().map(c -> c.time().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = start.plusDays(rule.days() - 1L);
        Map<String, List<AvailabilityCheck>> bySite = new TreeMap<>();
        int ignored = 0;
        for (AvailabilityCheck c : checks) {
            LocalDate day = c.time().toLocalDate();
            if (day.isBefore(start) || day.isAfter(end)) {
                ignored++;
                continue;
            }
            bySite.computeIfAbsent(c.site(), k -> new ArrayList<>()).add(c);
        }
        List<SiteAvailability> sites = new ArrayList<>();
        for (Map.Entry<String, List<AvailabilityCheck>> e : bySite.entrySet()) {
            sites.add(site(e.getKey(), e.getValue(), rule, start));
        }
        return new AvailabilityReport(start, end, sites, ignored);
    }

    private static SiteAvailability site(String site, List<AvailabilityCheck> checks, AvailabilityRule rule, LocalDate start) {
        List<DayFigures> days = new ArrayList<>();
        int total = 0;
        int slow = 0;
        int failed = 0;
        for (int i = 0; i < rule.days(); i++) {
            LocalDate day = start.plusDays(i);
            int n = 0;
            int s = 0;
            int f = 0;
            for (AvailabilityCheck c : checks) {
                if (c.time().toLocalDate().equals(day)) {
                    n++;
                    if (c.failed()) {
                        f++;
                    } else if (c.seconds().compareTo(rule.slowSeconds()) >= 0) {
                        s++;
                    }
                }
            }
            days.add(new DayFigures(day, n, s, f));
            total += n;
            slow += s;
            failed += f;
        }
        int notOpened = slow + failed;
        BigDecimal share = total == 0 ? null : new BigDecimal(notOpened).divide(new BigDecimal(total), 10, RoundingMode.HALF_UP);
        List<DayFigures> shortDays = days.stream().filter(d -> d.checks() < rule.minChecksPerDay()).toList();
        boolean reaches = total > 0 && new BigDecimal(notOpened).compareTo(rule.share().multiply(new BigDecimal(total))) >= 0;
        AvailabilityStatus status = !shortDays.isEmpty() ? AvailabilityStatus.INSUFFICIENT
                : reaches ? AvailabilityStatus.VETO : AvailabilityStatus.BELOW_THRESHOLD;
        String evidence = evidence(site, days, total, slow, failed, rule, status, shortDays);
        VetoProposal proposal = new VetoProposal(VETO, status == AvailabilityStatus.VETO,
                status == AvailabilityStatus.VETO ? List.of(CONDITION) : List.of(), evidence);
        return new SiteAvailability(site, days, total, slow, failed, share, status, proposal);
    }

    private static String evidence(String site, List<DayFigures> days, int total, int slow, int failed,
                                   AvailabilityRule rule, AvailabilityStatus status, List<DayFigures> shortDays) {
        String seconds = rule.slowSeconds().stripTrailingZeros().toPlainString();
        StringBuilder s = new StringBuilder();
        s.append("站点无法访问（").append(site).append("）：监测 ").append(days.get(0).day()).append(" 至 ")
                .append(days.get(days.size() - 1).day()).append(" 共 ").append(days.size()).append(" 天，访问 ")
                .append(total).append(" 次；超过（含）").append(seconds).append(" 秒仍打不开 ").append(slow + failed)
                .append(" 次（").append(seconds).append(" 秒及以上 ").append(slow).append(" 次，访问失败 ").append(failed)
                .append(" 次），占 ").append(Percent.of(slow + failed, total)).append("，否决线为超过（含）")
                .append(Percent.of(rule.share())).append("。");
        switch (status) {
            case VETO -> s.append("达到否决线，且每天访问不少于 ").append(rule.minChecksPerDay()).append(" 次：建议单项否决。");
            case BELOW_THRESHOLD -> s.append("未达到否决线。");
            case INSUFFICIENT -> s.append("监测数据不足：").append(shortDays.stream()
                            .map(d -> d.day().toString().substring(5) + " 仅 " + d.checks() + " 次")
                            .collect(Collectors.joining("、")))
                    .append("，每天需访问不少于 ").append(rule.minChecksPerDay()).append(" 次，日志不足以判定。");
        }
        s.append("逐日：").append(days.stream()
                .map(d -> d.day().toString().substring(5) + " " + d.checks() + " 次/打不开 " + d.notOpened() + " 次")
                .collect(Collectors.joining("；"))).append("。");
        return s.toString();
    }
}
