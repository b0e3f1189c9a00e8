package org.inspectorbench.ui.adapter;

import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.history.HistoryText;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The history panel's lines, from a real workspace: human words in both languages, not "do". */
class WorkspaceStoreHistoryTest {

    @Test
    void findingEditsReadAsWhatChangedInTheInspectorsLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.inspector");
        Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三").close();
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceStore store = new WorkspaceStore(ws);
            String item = "政府网站/功能设计/可用性";
            FindingRecord f = store.put(new FindingRecord("f-1", "涪城区", item, "1", false, null, null, 2, null, null));
            store.put(f.withCount(3));
            store.put(f.withCount(3).withNote("首页打不开"));
            store.delete(f.id());
            store.undo();

            I18n zh = new I18n(I18n.CHINESE);
            List<String> lines = store.history("涪城区").stream().map(e -> HistoryText.of(e, zh)).toList();
            assertEquals(List.of(
                    "撤销: 记录 " + item + " 规则1 (涪城区人民政府): 0 → 3",
                    "删除 " + item + " 规则1 (涪城区人民政府): 3 → 0",
                    "备注 " + item + " 规则1 (涪城区人民政府): “首页打不开”",
                    "修改 " + item + " 规则1 (涪城区人民政府): 2 → 3",
                    "记录 " + item + " 规则1 (涪城区人民政府): 0 → 2"), lines);

            I18n en = new I18n(I18n.ENGLISH);
            List<HistoryEntry> entries = store.history("涪城区");
            assertEquals("Changed " + item + " rule 1 (涪城区人民政府): 2 → 3", HistoryText.of(entries.get(3), en));
            assertEquals("Undone: Recorded " + item + " rule 1 (涪城区人民政府): 0 → 3", HistoryText.of(entries.get(0), en));
            entries.forEach(e -> assertFalse(HistoryText.of(e, en).matches(".*\\b(do|undo|redo)\\b.*"), e.toString()));
        }
    }
}
