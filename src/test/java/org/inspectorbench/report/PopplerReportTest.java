package org.inspectorbench.report;

import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What poppler (pdftotext, pdffonts) makes of a scorecard; skipped where poppler-utils is not installed. */
class PopplerReportTest {

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void scorecard() throws Exception {
        assumeTrue(onPath("pdftotext") && onPath("pdffonts"), "poppler-utils not installed");
        try (Workspace ws = ReportWorkspaces.create(dir)) {
            pdf = Files.write(dir.resolve("scorecard.pdf"), ScorecardPdf.render(new ScorecardSource(ws)
                    .scorecard(ReportWorkspaces.UNIT, EvidenceMode.THUMBNAILS, ScorecardPdfTest.NOW)).bytes());
        }
    }

    static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void pdftotextGivesBackTheChinese() throws Exception {
        String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s", "");
        assertTrue(text.contains("绵阳市2022年政务公开工作检查考核评分表"), text);
        assertTrue(text.contains("涪城区"));
        assertTrue(text.contains("第二等次"));
        assertTrue(text.contains(ReportWorkspaces.DEDUCTION_RULE_TEXT));
        assertTrue(text.contains("第1页共"));
    }

    @Test
    void pdffontsListsOnlyEmbeddedSubsetFonts() throws Exception {
        List<String> fonts = new ArrayList<>();
        for (String line : run("pdffonts", pdf.toString()).split("\n")) {
            if (line.contains("NotoSansSC")) {
                fonts.add(line);
            }
        }
        assertEquals(2, fonts.size(), "regular and bold");
        for (String line : fonts) {
            // name, type "CID TrueType", encoding, then emb sub uni: all "yes".
            assertTrue(line.matches("[A-Z]{6}\\+NotoSansSC-\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"), line);
        }
    }
}
