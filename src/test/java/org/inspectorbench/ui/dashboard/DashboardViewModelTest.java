package org.inspectorbench.ui.dashboard;

import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.report.xlsx.SyntheticFindings;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Website;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceProgress;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's view model without a Stage: a fake source, then the real workspace behind it. */
class DashboardViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final BackgroundTasks sameThread = new BackgroundTasks(Runnable::run, Runnable::run, errors::add);

    private static LeagueRow row(int rank, String unit, String total, String tier) {
        return new LeagueRow(rank, unit, "县市区", new BigDecimal(total), tier, tier.equals("不合格"), "", "张三",
                LeagueRow.UnitState.IN_PROGRESS);
    }

    /** A source that hands out fixed data and records exports; fails when told to. */
    private static final class FakeSource implements DashboardSource {
        final List<Path> exported = new ArrayList<>();
        String failure;

        @Override
        public DashboardData load() {
            return new DashboardData("测试考核", new BigDecimal("130"), List.of("第一等次", "第二等次", "不合格"),
                    List.of(row(1, "甲", "120", "第一等次"), row(2, "乙", "95.5", "第二等次"), row(2, "丙", "95.5", "第二等次"),
                            row(4, "丁", "130", "不合格"), row(5, "戊", "0", "不合格")),
                    List.of(new InspectorProgress("张三", 1, 3, 1, 4)));
        }

        @Override
        public void exportXlsx(Path file, org.inspectorbench.report.ExportProgress progress) throws Exception {
            if (failure != null) {
                throw new java.io.IOException(failure);
            }
            exported.add(file);
        }
    }

    @Test
    void refreshFillsTheTableTierCountsHistogramAndProgress() {
        DashboardViewModel vm = new DashboardViewModel(new FakeSource(), sameThread, u -> { });
        vm.refresh();
        assertEquals(List.of("甲", "乙", "丙", "丁", "戊"), vm.rows().stream().map(LeagueRow::unit).toList());
        assertEquals(List.of(new TierCount("第一等次", 1), new TierCount("第二等次", 2), new TierCount("不合格", 2)),
                vm.tierCounts());
        assertEquals(13, vm.histogram().size(), "0-10 ... 120-130");
        assertEquals(1, vm.histogram().get(0).count(), "0 falls in the first bin");
        assertEquals(2, vm.histogram().get(9).count(), "95.5 twice in 90-100");
        assertEquals(2, vm.histogram().get(12).count(), "120 and the full 130 in the last bin");
        assertEquals("120–130", vm.histogram().get(12).label());
        assertEquals(5, vm.histogram().stream().mapToInt(Histogram.Bin::count).sum());
        assertEquals(5, vm.inspectors().get(0).units());
        assertEquals("测试考核", vm.campaignProperty().get());
        assertEquals(DashboardViewModel.Status.Kind.IDLE, vm.statusProperty().get().kind());
        assertEquals(false, vm.busyProperty().get());
    }

    @Test
    void openingARowAsksTheWindowToOpenThatUnitsChecklist() {
        List<String> opened = new ArrayList<>();
        DashboardViewModel vm = new DashboardViewModel(new FakeSource(), sameThread, opened::add);
        vm.refresh();
        vm.open(vm.rows().get(2));
        vm.open(null);
        assertEquals(List.of("丙"), opened);
    }

    @Test
    void exportReportsWhereItWroteOrWhatWentWrong() {
        FakeSource source = new FakeSource();
        DashboardViewModel vm = new DashboardViewModel(source, sameThread, u -> { });
        Path target = dir.resolve("排名.xlsx");
        vm.export(target);
        assertEquals(List.of(target), source.exported);
        assertEquals(new DashboardViewModel.Status(DashboardViewModel.Status.Kind.EXPORTED, target.toString()),
                vm.statusProperty().get());
        source.failure = "磁盘已满 disk full";
        vm.export(target);
        assertEquals(DashboardViewModel.Status.Kind.FAILED, vm.statusProperty().get().kind());
        assertTrue(vm.statusProperty().get().detail().contains("disk full"));
        assertEquals(false, vm.busyProperty().get());
        assertEquals(List.of(), errors, "a failed export is the status line's business, not an error dialog");
    }

    @Test
    void theWorkspaceSourceRanksLikeTheLeagueTableAndCountsEachInspectorsUnits() throws Exception {
        Path file = dir.resolve("ws.inspector");
        try (Workspace ws = Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三")) {
            List<SyntheticFindings.UnitShape> shapes = new ArrayList<>();
            for (Unit u : ws.units().subList(0, 12)) {
                shapes.add(new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags(),
                        u.websites().stream().map(Website::name).toList()));
            }
            ws.importFindings(SyntheticFindings.findings(ws.rubric(), shapes, ws.campaign().monitoringDate(), 3), dir, "t");
            WorkspaceProgress.of(ws).complete("涪城区");
            DashboardViewModel vm = new DashboardViewModel(new WorkspaceDashboardSource(ws, CalendarLoader.bundled()),
                    sameThread, u -> { });
            vm.refresh();
            assertEquals(List.of(), errors);
            assertEquals(49, vm.rows().size());
            for (int i = 1; i < vm.rows().size(); i++) {
                LeagueRow a = vm.rows().get(i - 1);
                LeagueRow b = vm.rows().get(i);
                assertTrue(a.rank() <= b.rank());
                assertEquals(a.total().compareTo(b.total()) == 0 && a.tier().equals(b.tier()), a.rank() == b.rank(),
                        a.unit() + " / " + b.unit());
            }
            assertEquals(49, vm.tierCounts().stream().mapToInt(TierCount::count).sum());
            assertEquals(49, vm.histogram().stream().mapToInt(Histogram.Bin::count).sum());
            InspectorProgress zhang = vm.inspectors().get(0);
            assertEquals(new InspectorProgress("张三", 1, 8, 0, zhang.findingsWithoutEvidence()), zhang,
                    "张三's 9 县市区: 涪城区 done, the other 8 have findings");
            assertTrue(zhang.findingsWithoutEvidence() > 0);
            InspectorProgress li = vm.inspectors().get(1);
            assertEquals(17, li.units());
            assertEquals(3, li.inProgress(), "3 of 李四's 17 units (高新区, 经开区, 科技城新区) are among the first 12");

            Path xlsx = dir.resolve("out.xlsx");
            List<Double> seen = new ArrayList<>();
            vm.exportProgressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
            vm.export(xlsx);
            assertTrue(Files.size(xlsx) > 10_000);
            assertEquals(1.0, seen.get(seen.size() - 1));
            assertTrue(seen.size() >= 6, "a percentage after reading and after each sheet: " + seen);
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
            }

            // Cancelled while the sheets are written: no file, an existing workbook untouched.
            byte[] before = Files.readAllBytes(xlsx);
            vm.exportProgressProperty().addListener((o, a, b) -> {
                if (b.doubleValue() > 0.3 && b.doubleValue() < 1) {
                    vm.cancelExport();
                }
            });
            vm.export(xlsx);
            assertEquals(DashboardViewModel.Status.Kind.CANCELLED, vm.statusProperty().get().kind());
            assertEquals(false, vm.exportingProperty().get());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(xlsx)), "the workbook already there is unchanged");
            Path fresh = dir.resolve("new.xlsx");
            vm.export(fresh);
            assertTrue(Files.notExists(fresh), "a cancelled export leaves no file");
            try (var left = Files.list(dir)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
            }
            assertEquals(List.of(), errors);
        }
    }
}
