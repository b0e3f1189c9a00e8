package org.inspectorbench.cli;

import org.inspectorbench.monitoring.probe.LocalSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitorAndProbeCommandTest {

    @TempDir
    Path dir;

    @Test
    void availabilityTableAndVetoProposal() throws IOException {
        StringBuilder log = new StringBuilder("time,url,result\n");
        LocalDateTime start = LocalDateTime.of(2022, 11, 14, 0, 0);
        for (int d = 0; d < 7; d++) {
            for (int i = 0; i < 20; i++) {
                String t = start.plusDays(d).plusMinutes(70L * i) + ":00+08:00";
                log.append(t).append(",http://a.gov.cn,").append(d == 0 && i < 7 ? "fail" : "1.5").append('\n');
                log.append(t).append(",http://b.gov.cn/,").append(d == 0 && i < 6 ? "16.2" : "0.8").append('\n');
            }
        }
        Path f = dir.resolve("log.csv");
        Files.writeString(f, log);
        CliRun r = CliRun.of("monitor", "availability", "--log", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2022-11-14 至 2022-11-20"), r.out());
        assertTrue(r.out().matches("(?s).*http://a\\.gov\\.cn\\s+140\\s+0\\s+7\\s+5\\.00%\\s+20\\s+建议单项否决.*"), r.out());
        assertTrue(r.out().matches("(?s).*http://b\\.gov\\.cn\\s+140\\s+6\\s+0\\s+4\\.29%\\s+20\\s+未达否决线.*"), r.out());
        assertTrue(r.out().contains("【建议单项否决 veto proposed】 http://a.gov.cn"), r.out());

        CliRun fromRubric = CliRun.of("monitor", "availability", "--log", f.toString(), "--rubric", "sample-data/rubrics/mianyang-2022.json");
        assertEquals(0, fromRubric.exit(), fromRubric.err());
        assertEquals(r.out(), fromRubric.out(), "the 2022 rubric's threshold is the seed's 5%");
        CliRun stricter = CliRun.of("monitor", "availability", "--log", f.toString(), "--share", "0.04");
        assertTrue(stricter.out().matches("(?s).*http://b\\.gov\\.cn\\s+140\\s+6\\s+0\\s+4\\.29%\\s+20\\s+建议单项否决.*"), stricter.out());
        assertEquals(2, CliRun.of("monitor", "availability", "--log", f.toString(), "--share", "0.04", "--rubric",
                "sample-data/rubrics/mianyang-2022.json").exit());
    }

    @Test
    void badLogIsAUserErrorWithTheLine() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "time,url,result\n2022-11-14T08:00,http://a.gov.cn,1\nyesterday,http://a.gov.cn,1\n");
        CliRun r = CliRun.of("monitor", "availability", "--log", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("line 3"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void probeWritesALogTheAnalysisReads() throws Exception {
        try (LocalSites sites = new LocalSites(2500)) {
            Path list = dir.resolve("sites.txt");
            Files.writeString(list, sites.uri("/ok") + "\n" + sites.uri("/slow") + "\n");
            Path out = dir.resolve("probe.csv");
            CliRun r = CliRun.of("probe", "--sites", list.toString(), "--days", "1", "--per-day", "2", "--day-length", "PT1S",
                    "--timeout", "1", "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            List<String> lines = Files.readAllLines(out);
            assertEquals(5, lines.size(), "a header and 1 x 2 x 2 visits: " + lines);
            assertTrue(lines.get(2).endsWith(",timeout after 1 s"), lines.toString());

            CliRun a = CliRun.of("monitor", "availability", "--log", out.toString(), "--days", "1", "--min-per-day", "2");
            assertEquals(0, a.exit(), a.err());
            assertTrue(a.out().contains("建议单项否决"), a.out());

            CliRun again = CliRun.of("probe", "--sites", list.toString(), "--days", "1", "--per-day", "2", "--out", out.toString());
            assertEquals(2, again.exit());
            assertTrue(again.err().contains("already exists"), again.err());
            CliRun absurd = CliRun.of("probe", "--sites", list.toString(), "--days", "30", "--per-day", "2", "--out", dir.resolve("x.csv").toString());
            assertEquals(2, absurd.exit());
            assertTrue(absurd.err().contains("--days 30"), absurd.err());
        }
    }
}
