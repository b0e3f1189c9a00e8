package org.inspectorbench.report;

import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files written by exports: complete or absent. Uses the 3-unit test campaign to stay fast. */
class ReportExportTest {

    private static final List<String> UNITS = List.of("涪城区", "市发展改革委", "高新区");

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void allWritesOnePdfPerUnitAndTheRankedSummary() throws Exception {
        try (Workspace ws = ReportWorkspaces.small(dir, UNITS)) {
            ReportExport export = new ReportExport(new ScorecardSource(ws), EvidenceMode.NONE, null);
            Path out = dir.resolve("评分表");
            AtomicInteger updates = new AtomicInteger();
            ReportExport.Written w = export.all(out, ScorecardPdfTest.NOW, new ExportProgress() {
                @Override
                public void update(int done, int total, String current) {
                    updates.incrementAndGet();
                    assertEquals(4, total);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertEquals(List.of("00-考核结果汇总表.pdf", "01-涪城区.pdf", "02-高新区.pdf", "03-市发展改革委.pdf"), names(out));
            assertEquals(4, w.files().size());
            assertEquals(4, updates.get());
            String summary = PdfInspection.of(Files.readAllBytes(out.resolve(ReportExport.SUMMARY_FILE))).compactText();
            assertTrue(summary.contains("绵阳市2022年政务公开工作检查考核结果汇总表"), summary);
            assertTrue(summary.contains("等次分布") && summary.contains("得分排名"));
            for (String unit : List.of("涪城区", "市发展改革委", "高新区")) {
                assertTrue(summary.contains(unit), unit);
            }
            assertTrue(names(dir).stream().noneMatch(n -> n.contains(".part")), "no staging folder left: " + names(dir));
        }
    }

    @Test
    void aCancelledExportLeavesNothingAndKeepsAnEarlierExport() throws Exception {
        try (Workspace ws = ReportWorkspaces.small(dir, UNITS)) {
            Path out = Files.createDirectories(dir.resolve("out"));
            Path earlier = Files.write(out.resolve("01-涪城区.pdf"), new byte[]{1, 2, 3});
            ReportExport export = new ReportExport(new ScorecardSource(ws), EvidenceMode.NONE, null);
            AtomicInteger asked = new AtomicInteger();
            ReportException e = assertThrows(ReportException.class, () -> export.all(out, ScorecardPdfTest.NOW,
                    new ExportProgress() {
                        @Override
                        public void update(int done, int total, String current) {
                        }

                        @Override
                        public boolean cancelled() {
                            return asked.incrementAndGet() > 2;
                        }
                    }));
            assertEquals(ReportException.Kind.CANCELLED, e.kind());
            assertEquals(List.of("01-涪城区.pdf"), names(out));
            assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(earlier));
            assertTrue(names(dir).stream().noneMatch(n -> n.contains(".part")), names(dir).toString());
        }
    }

    @Test
    void aFailingSignerLeavesNoFile() throws Exception {
        try (Workspace ws = ReportWorkspaces.small(dir, UNITS)) {
            ScorecardSigner failing = (pdf, spot) -> {
                throw new ReportException(ReportException.Kind.SIGNING_FAILED, "证书已过期");
            };
            ReportExport export = new ReportExport(new ScorecardSource(ws), EvidenceMode.NONE, failing);
            Path out = dir.resolve("one.pdf");
            ReportException e = assertThrows(ReportException.class, () -> export.unit("涪城区", out, ScorecardPdfTest.NOW));
            assertEquals(ReportException.Kind.SIGNING_FAILED, e.kind());
            assertFalse(Files.exists(out));
            ReportException all = assertThrows(ReportException.class,
                    () -> export.all(dir.resolve("all"), ScorecardPdfTest.NOW, ExportProgress.NONE));
            assertEquals(ReportException.Kind.SIGNING_FAILED, all.kind());
            assertFalse(Files.exists(dir.resolve("all")));
            assertTrue(names(dir).stream().noneMatch(n -> n.contains(".part")), names(dir).toString());
        }
    }

    @Test
    void unknownUnitsNameTheClosestAndAFolderGetsTheUnitsName() throws Exception {
        try (Workspace ws = ReportWorkspaces.small(dir, UNITS)) {
            ReportExport export = new ReportExport(new ScorecardSource(ws), EvidenceMode.NONE, null);
            ReportException e = assertThrows(ReportException.class,
                    () -> export.unit("发展改革委", dir.resolve("x.pdf"), ScorecardPdfTest.NOW));
            assertEquals(ReportException.Kind.UNKNOWN_UNIT, e.kind());
            assertTrue(e.getMessage().contains("市发展改革委"), e.getMessage());
            ReportExport.Written w = export.unit("高新区", dir, ScorecardPdfTest.NOW);
            assertEquals(dir.resolve("高新区.pdf"), w.files().get(0));
            assertTrue(Files.size(w.files().get(0)) > 1000);
            ReportException noFolder = assertThrows(ReportException.class,
                    () -> export.unit("高新区", dir.resolve("missing/x.pdf"), ScorecardPdfTest.NOW));
            assertEquals(ReportException.Kind.CANNOT_WRITE, noFolder.kind());
        }
    }
}
