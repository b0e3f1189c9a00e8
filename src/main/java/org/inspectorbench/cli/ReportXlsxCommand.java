package org.inspectorbench.cli;

import org.inspectorbench.report.xlsx.LeagueData;
import org.inspectorbench.report.xlsx.LeagueInputException;
import org.inspectorbench.report.xlsx.LeagueWorkbook;
import org.inspectorbench.report.xlsx.WorkspaceLeague;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code inspector report xlsx --workspace W --out FILE.xlsx}: the league table of every unit, with
 * the same numbers as {@code inspector score} on the same workspace.
 */
@Command(name = "xlsx", mixinStandardHelpOptions = true,
        description = "排名总表 Writes the Excel league table: 总表 (ranks, parts, totals, 等次, 绩效, verdicts, vetoes), "
                + "总分图 (chart of totals), 扣分明细, 网站明细, 佐证材料 and 待处理. An existing file is replaced only "
                + "when the new one is complete.")
public final class ReportXlsxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path out;

    @Option(names = "--calendar", paramLabel = "DIR",
            description = "a folder of YYYY.json working-day calendar files instead of the built-in calendar")
    Path calendarDir;

    @Override
    public void run() {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError("--out " + out + ": name the workbook FILE.xlsx (Excel and WPS open it by that extension)");
        }
        LeagueData data = workspace.with(ws -> {
            try {
                return WorkspaceLeague.read(ws, CliInputs.calendar(calendarDir));
            } catch (LeagueInputException e) {
                throw new UserError(e.getMessage(), e);
            }
        });
        try {
            LeagueWorkbook.write(data, out);
        } catch (IOException e) {
            throw new UserError("无法写入 (cannot write " + out + "): " + e.getMessage()
                    + ". Check the folder exists and is writable, and that the file is not open in Excel or WPS.");
        }
        spec.commandLine().getOut().println("已写出 wrote " + out + ": " + data.results().size() + " 个单位 units");
    }
}
