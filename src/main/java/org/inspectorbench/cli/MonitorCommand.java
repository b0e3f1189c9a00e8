package org.inspectorbench.cli;

import org.inspectorbench.monitoring.AvailabilityAnalysis;
import org.inspectorbench.monitoring.AvailabilityCheck;
import org.inspectorbench.monitoring.AvailabilityLogParser;
import org.inspectorbench.monitoring.AvailabilityReport;
import org.inspectorbench.monitoring.AvailabilityRule;
import org.inspectorbench.monitoring.MonitoringFormatException;
import org.inspectorbench.monitoring.SiteAvailability;
import org.inspectorbench.monitoring.VetoThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "监测数据 Monitoring data behind the website vetoes (docs/monitoring.md).",
        subcommands = {MonitorCommand.Availability.class, MonitorColumnsCommand.class})
public final class MonitorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "availability", mixinStandardHelpOptions = true,
            description = "站点无法访问: per website, the checks of each day of the monitoring week and the share that took "
                    + "the slow limit or longer or failed; proposes the veto when the share reaches the line.")
    static final class Availability implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--log", required = true, paramLabel = "FILE.csv", description = "rows time,url,result (seconds, or a failure text)")
        Path log;

        @Option(names = "--week-start", paramLabel = "DATE", description = "the first day of the monitoring week (default: the log's first day)")
        String weekStart;

        // The defaults quote the seed's 站点无法访问 text; the share is the rubric's VetoCondition threshold.
        @Option(names = "--share", defaultValue = "0.05", paramLabel = "FRACTION",
                description = "veto when (slow + failed) / checks reaches this (inclusive; default ${DEFAULT-VALUE})")
        BigDecimal share;

        @Option(names = "--slow-seconds", defaultValue = "15", paramLabel = "S",
                description = "a check this slow or slower counts as not opened (default ${DEFAULT-VALUE})")
        BigDecimal slowSeconds;

        @Option(names = "--min-per-day", defaultValue = "20", paramLabel = "N",
                description = "checks every day needs (default ${DEFAULT-VALUE})")
        int minPerDay;

        @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "days of the monitoring period (default ${DEFAULT-VALUE})")
        int days;

        @Option(names = "--rubric", paramLabel = "R.json",
                description = "take the share from this rubric's 政府网站/站点无法访问 condition instead of --share")
        Path rubric;

        @Override
        public void run() {
            AvailabilityRule rule;
            if (rubric != null && spec.commandLine().getParseResult().hasMatchedOption("--share")) {
                throw new UserError("give either --rubric or --share, not both");
            }
            try {
                rule = rubric != null
                        ? VetoThresholds.availability(ScoreInputs.rubric(rubric), slowSeconds, minPerDay, days)
                        : new AvailabilityRule(share, slowSeconds, minPerDay, days);
            } catch (IllegalArgumentException e) {
                throw new UserError("the veto's numbers: " + e.getMessage());
            }
            List<AvailabilityCheck> checks;
            try {
                checks = AvailabilityLogParser.parse(CliInputs.text(log, "monitoring log"));
            } catch (MonitoringFormatException e) {
                throw new UserError("monitoring log " + log + ":\n  " + e.getMessage());
            }
            AvailabilityReport report = AvailabilityAnalysis.analyse(checks, rule,
                    weekStart == null ? null : CliInputs.date(weekStart, "--week-start"));
            print(report, rule);
        }

        private void print(AvailabilityReport report, AvailabilityRule rule) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("站点无法访问 监测周 (monitoring week) " + report.weekStart() + " 至 " + report.weekEnd());
            int width = Math.max(20, report.sites().stream().mapToInt(s -> s.site().length()).max().orElse(20));
            out.printf("%-" + width + "s  %6s  %6s  %6s  %8s  %6s  %s%n", "网站 site", "checks", "slow", "failed", "share", "min/day", "结论 result");
            for (SiteAvailability s : report.sites()) {
                int minDay = s.days().stream().mapToInt(d -> d.checks()).min().orElse(0);
                String share = s.share() == null ? "—"
                        : s.share().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
                out.printf("%-" + width + "s  %6d  %6d  %6d  %8s  %6d  %s%n", s.site(), s.checks(), s.slow(), s.failed(), share, minDay,
                        s.status().label());
            }
            if (report.ignored() > 0) {
                out.println("(" + report.ignored() + " checks outside the monitoring week were not counted; use --week-start to choose the week)");
            }
            out.println();
            out.println("否决线 (veto line): " + rule.share().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                    + "%，" + rule.slowSeconds().stripTrailingZeros().toPlainString() + " 秒，每天至少 " + rule.minChecksPerDay() + " 次，"
                    + rule.days() + " 天");
            for (SiteAvailability s : report.sites()) {
                out.println();
                out.println((s.proposal().holds() ? "【建议单项否决 veto proposed】" : "【" + s.status().label() + "】") + " " + s.site());
                out.println("  " + s.proposal().evidence());
            }
            out.flush();
        }
    }
}
