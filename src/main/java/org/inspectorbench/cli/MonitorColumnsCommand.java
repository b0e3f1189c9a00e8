package org.inspectorbench.cli;

import org.inspectorbench.monitoring.ColumnCheck;
import org.inspectorbench.monitoring.ColumnListParser;
import org.inspectorbench.monitoring.ColumnRecord;
import org.inspectorbench.monitoring.ColumnReport;
import org.inspectorbench.monitoring.ColumnRule;
import org.inspectorbench.monitoring.HomepageCheck;
import org.inspectorbench.monitoring.HomepageRecord;
import org.inspectorbench.monitoring.MonitoringFormatException;
import org.inspectorbench.monitoring.VetoProposal;
import org.inspectorbench.monitoring.VetoThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

@Command(name = "columns", mixinStandardHelpOptions = true,
        description = "栏目不更新 / 首页不更新: counts the recorded columns over the rubric's limits and proposes the vetoes.")
final class MonitorColumnsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--columns", required = true, paramLabel = "FILE.csv",
            description = "name,kind,first_level,last_update,empty,should_update (docs/monitoring.md)")
    Path columnsFile;

    @Option(names = "--monitoring-date", required = true, paramLabel = "DATE", description = "the 监测时间点")
    String monitoringDate;

    @Option(names = "--rubric", defaultValue = "sample-data/rubrics/mianyang-2022.json", paramLabel = "R.json",
            description = "the rubric whose 栏目不更新 thresholds apply (default ${DEFAULT-VALUE})")
    Path rubric;

    @Option(names = "--long", defaultValue = "P1Y", paramLabel = "PERIOD",
            description = "how long without an update is 长期未更新 (ISO-8601 period; default ${DEFAULT-VALUE}: the seed does not define it)")
    String longPeriod;

    @Option(names = "--homepage-updated", paramLabel = "DATE",
            description = "the homepage's newest dated item, to check 首页不更新 too")
    String homepageUpdated;

    @Option(names = "--homepage-navigation-only", description = "the homepage is only a navigation entrance: judge the columns instead")
    boolean navigationOnly;

    @Override
    public void run() {
        LocalDate date = CliInputs.date(monitoringDate, "--monitoring-date");
        Period longWindow;
        try {
            longWindow = Period.parse(longPeriod);
        } catch (DateTimeParseException e) {
            throw new UserError("--long \"" + longPeriod + "\" is not an ISO-8601 period such as P1Y or P6M");
        }
        List<ColumnRecord> columns;
        try {
            columns = ColumnListParser.parse(CliInputs.text(columnsFile, "column list"));
        } catch (MonitoringFormatException e) {
            throw new UserError("column list " + columnsFile + ":\n  " + e.getMessage());
        }
        ColumnRule rule;
        try {
            // 2周 and 6个月 are the seed's periods (rubric-notes.md: 2周 = 14 days; months are calendar months).
            rule = VetoThresholds.columns(ScoreInputs.rubric(rubric), Period.ofDays(14), Period.ofMonths(6), longWindow);
        } catch (IllegalArgumentException e) {
            throw new UserError(rubric + ": " + e.getMessage());
        }
        ColumnReport report = ColumnCheck.evaluate(columns, date, rule);
        PrintWriter out = spec.commandLine().getOut();
        print(out, report.proposal());
        if (homepageUpdated != null || navigationOnly) {
            LocalDate home = homepageUpdated == null ? null : CliInputs.date(homepageUpdated, "--homepage-updated");
            print(out, HomepageCheck.evaluate(new HomepageRecord(home, navigationOnly), columns, date, Period.ofDays(14)));
        }
        out.flush();
    }

    private static void print(PrintWriter out, VetoProposal p) {
        out.println((p.holds() ? "【建议单项否决 veto proposed: " + p.veto() + " 第" + String.join("、", p.conditions()) + "项】"
                : "【" + p.veto() + "：未达否决线 not proposed】"));
        out.println("  " + p.evidence());
    }
}
