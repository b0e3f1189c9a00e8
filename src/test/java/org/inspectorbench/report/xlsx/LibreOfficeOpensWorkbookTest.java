package org.inspectorbench.report.xlsx;

import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.store.CampaignSource;
import org.inspectorbench.store.MaterialCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LibreOffice opens the workbook and reads every sheet (issue 7: "opens without warnings in
 * LibreOffice"). Skipped where soffice is not installed; tagged "libreoffice" and left out of the
 * normal run because a headless LibreOffice takes 10 s to a minute:
 * {@code mvn -o test -Dtest.excludedGroups=bench -Dgroups=libreoffice}.
 */
@Tag("libreoffice")
class LibreOfficeOpensWorkbookTest {

    @TempDir
    Path dir;

    static Path soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    @Test
    void libreOfficeConvertsEverySheetAndShowsTheTotalsWithTwoDecimals() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        CampaignSource.Loaded sample = CampaignSource.loadSample();
        Rubric rubric = sample.rubric().parse();
        List<SyntheticFindings.UnitShape> units = sample.units().units().stream()
                .map(u -> new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags() == null ? List.of() : u.tags(),
                        u.websites().stream().map(w -> w.name()).toList())).toList();
        LeagueData data = SyntheticLeague.build(sample.campaign().name(), rubric, units,
                MaterialCatalog.bundled(sample.campaign().id()).orElseThrow(), sample.campaign().monitoringDate(),
                sample.campaign().evidenceDeadline(), CalendarLoader.bundled(), 11);
        Path xlsx = dir.resolve("league.xlsx");
        LeagueWorkbook.write(data, xlsx);

        // Its own profile folder: a concurrent LibreOffice (another test run) would otherwise lock it.
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", dir.resolve("csv").toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
        assertEquals(0, p.exitValue(), log);
        // "javaldx" is LibreOffice's own Java helper, not about the file.
        assertTrue(log.lines().filter(l -> !l.contains("javaldx")).noneMatch(l -> l.matches("(?i).*(error|warning).*")), log);
        for (String sheet : List.of("总表", "总分图", "扣分明细", "网站明细", "佐证材料", "待处理")) {
            assertTrue(Files.exists(dir.resolve("csv/league-" + sheet + ".csv")), sheet + ": " + log);
        }
        List<String> summary = Files.readAllLines(dir.resolve("csv/league-总表.csv"), StandardCharsets.UTF_8);
        assertEquals(2 + 49, summary.size());
        List<LeagueRanking.Ranked> ranked = LeagueRanking.rank(rubric, data.results());
        for (int i = 0; i < ranked.size(); i++) {
            String[] cells = summary.get(2 + i).split(",");
            assertEquals(ranked.get(i).unit().unit(), cells[1]);
            assertEquals(Points.round2(ranked.get(i).unit().total()).toPlainString(), cells[9], "shown as 0.00");
            assertEquals(ranked.get(i).unit().tier(), cells[10]);
        }
    }
}
