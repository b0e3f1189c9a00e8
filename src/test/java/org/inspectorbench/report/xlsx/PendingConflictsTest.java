package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.store.CampaignSource;
import org.inspectorbench.store.MaterialCatalog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 待处理 lists open merge conflicts under their heading, before the units not yet complete. */
class PendingConflictsTest {

    @Test
    void openConflictsAreListedWithTheirUnitRecordAndWhoEditedIt() throws Exception {
        CampaignSource.Loaded sample = CampaignSource.loadSample();
        List<SyntheticFindings.UnitShape> units = sample.units().units().stream().limit(5)
                .map(u -> new SyntheticFindings.UnitShape(u.name(), u.kind(), List.of(),
                        u.websites().stream().map(w -> w.name()).toList())).toList();
        LeagueData base = SyntheticLeague.build("测试", sample.rubric().parse(), units,
                MaterialCatalog.bundled("mianyang-2022").orElseThrow(), sample.campaign().monitoringDate(),
                sample.campaign().evidenceDeadline(), CalendarLoader.bundled(), 5);
        List<ConflictLine> conflicts = List.of(new ConflictLine("涪城区", "C-0123456789 FINDING f-1", "张三 / 李四: count、note"));
        LeagueData data = new LeagueData(base.campaign(), base.monitoringDate(), base.evidenceDeadline(), base.rubric(),
                base.results(), base.inspectors(), base.materials(), base.materialStatuses(), base.progress(), conflicts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LeagueWorkbook.write(data, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet p = book.getSheet("待处理");
            List<String> lines = new ArrayList<>();
            for (Row row : p) {
                StringBuilder b = new StringBuilder();
                row.forEach(c -> b.append(c.toString()).append('|'));
                lines.add(b.toString());
            }
            int heading = lines.indexOf("一、未解决的冲突|");
            assertTrue(heading >= 0, lines.toString());
            assertEquals("单位|冲突与记录|说明|", lines.get(heading + 1));
            assertEquals("涪城区|C-0123456789 FINDING f-1|张三 / 李四: count、note|", lines.get(heading + 2));
            assertTrue(lines.indexOf("二、尚未完成检查的单位|") > heading + 2);
        }
    }
}
