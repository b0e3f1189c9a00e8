package org.inspectorbench.report.xlsx;

import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Website;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceMaterials;
import org.inspectorbench.store.WorkspaceProgress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A workspace of the sample campaign (49 units) with seeded made-up findings, a few material
 * receipts (on time, on the deadline, late, with a file) and one unit declared complete.
 */
final class SampleOffice {

    static final Path CAMPAIGN = Path.of("sample-data/campaigns/mianyang-2022.json");

    private SampleOffice() {
    }

    static Path create(Path dir) throws Exception {
        Path file = dir.resolve("office.inspector");
        try (Workspace ws = Workspace.create(file, CAMPAIGN, "张三")) {
            List<SyntheticFindings.UnitShape> shapes = ws.units().stream().map(SampleOffice::shape).toList();
            FindingsInput input = SyntheticFindings.findings(ws.rubric(), shapes, ws.campaign().monitoringDate(), 7);
            ws.importFindings(input, dir, "test findings");
            WorkspaceMaterials m = WorkspaceMaterials.of(ws);
            Path scan = Files.writeString(dir.resolve("领导小组文件.pdf"), "%PDF-1.4 not really a pdf");
            m.receive("涪城区", 1, LocalDate.of(2022, 11, 20), List.of(scan), null);
            m.receive("涪城区", 2, LocalDate.of(2022, 11, 25), List.of(), null);
            m.receive("涪城区", 3, LocalDate.of(2022, 11, 28), List.of(), "钉钉补发");
            m.receive("市发展改革委", 4, LocalDate.of(2022, 11, 1), List.of(), null);
            WorkspaceProgress.of(ws).complete("游仙区");
        }
        return file;
    }

    static SyntheticFindings.UnitShape shape(Unit u) {
        return new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags(), u.websites().stream().map(Website::name).toList());
    }
}
